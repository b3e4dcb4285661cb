// The client's UI kit: thin components over the app's CSS classes (global.css), so pages
// read as layout and every field is labelled, described and marked invalid the same way.
export { Alert, type AlertProps } from './alert';
export { Button, buttonClass, type ButtonProps, type ButtonVariant } from './button';
export { CheckboxField, type CheckboxFieldProps } from './checkbox-field';
export { DataTable, type DataTableColumn, type DataTableProps } from './data-table';
export {
  DateField,
  DateTimeField,
  DateTimeInput,
  isoToLocalInput,
  localInputToIso,
  MonthField,
  type DateFieldProps,
  type DateTimeFieldProps,
  type DateTimeInputProps,
} from './date-field';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { ErrorState, type ErrorStateProps } from './error-state';
export { Field, FieldMessages, RequiredMark, useFieldControl, type FieldControlProps, type FieldProps } from './field';
export { FormActions } from './form-actions';
export { LoadingState } from './loading-state';
export { NumberField, parseNumberDraft, type NumberFieldProps } from './number-field';
export { Page, type BreadcrumbItem, type PageProps } from './page';
export { RowListEditor, type RowListEditorProps } from './row-list-editor';
export { RowTableEditor, type RowTableColumn, type RowTableEditorProps } from './row-table-editor';
export { Section, type SectionProps } from './section';
export { SelectField, type SelectFieldProps, type SelectOption } from './select-field';
export { TextAreaField, type TextAreaFieldProps } from './text-area-field';
export { splitFieldProps, type FieldBaseProps } from './field-props';
export { TextField, type TextFieldProps } from './text-field';
export { useRowList, rowListOps, type RowList } from './use-row-list';
