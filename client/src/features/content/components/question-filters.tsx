import { DIFFICULTIES, QUESTION_TYPES, QuestionStatus } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { Field, SelectField, TextField } from '../../../components/ui';
import type { ResolutionItem } from '../hooks/use-content-data';
import type { QuestionFilters as Filters } from '../hooks/use-question-filters';
import { SectionSelect } from './section-select';

const STATUSES = Object.values(QuestionStatus);

/** The question bank's search box and filters. */
export function QuestionFilters({
  filters,
  resolutions,
}: {
  filters: Filters;
  resolutions: readonly ResolutionItem[];
}) {
  const { t } = useTranslation();
  return (
    <div className="toolbar toolbar--filters" role="search">
      <TextField
        id="content-search"
        fieldClassName="toolbar__search"
        type="search"
        label={t('content.questions.search')}
        data-testid="content-search"
        placeholder={t('content.questions.searchPlaceholder')}
        value={filters.searchText}
        onChange={filters.setSearchText}
      />
      <SelectField
        id="filter-type"
        label={t('content.fields.type')}
        data-testid="content-filter-type"
        value={filters.type}
        placeholder={t('content.questions.allTypes')}
        options={QUESTION_TYPES.map((value) => ({ value, label: t(`content.type.${value}`) }))}
        onChange={(value) => filters.setParam('type', value)}
      />
      <SelectField
        id="filter-status"
        label={t('content.fields.status')}
        data-testid="content-filter-status"
        value={filters.status}
        placeholder={t('content.questions.allStatuses')}
        options={STATUSES.map((value) => ({ value, label: t(`content.status.${value}`) }))}
        onChange={(value) => filters.setParam('status', value)}
      />
      <Field label={t('content.fields.section')} htmlFor="filter-section">
        {(control) => (
          <SectionSelect
            id={control.id}
            testId="content-filter-section"
            value={filters.sectionId}
            onChange={(value) => filters.setParam('section', value)}
            resolutions={resolutions}
            emptyLabel={t('content.questions.allSections')}
          />
        )}
      </Field>
      <SelectField
        id="filter-difficulty"
        label={t('content.fields.difficulty')}
        data-testid="content-filter-difficulty"
        value={filters.difficulty}
        placeholder={t('content.questions.allDifficulties')}
        options={DIFFICULTIES.map((value) => ({ value, label: t(`content.difficulty.${value}`) }))}
        onChange={(value) => filters.setParam('difficulty', value)}
      />
      <TextField
        id="filter-tag"
        label={t('content.fields.tag')}
        data-testid="content-filter-tag"
        placeholder={t('content.questions.tagPlaceholder')}
        value={filters.tagText}
        onChange={filters.setTagText}
      />
    </div>
  );
}
