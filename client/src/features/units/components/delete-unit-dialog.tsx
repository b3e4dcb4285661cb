import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { errorText } from '../../../lib/error-text';
import { DeleteUnitDocument } from '../graphql/units.documents';
import type { UnitItem } from '../utils/unit-tree';
import { Button } from '../../../components/ui';

interface DeleteUnitDialogProps {
  unit: UnitItem | null;
  onClose: () => void;
  onDeleted: () => void;
}

export function DeleteUnitDialog({ unit, onClose, onDeleted }: DeleteUnitDialogProps) {
  const { t } = useTranslation();
  const [{ fetching, error }, deleteUnit] = useMutation(DeleteUnitDocument);

  async function confirm() {
    if (!unit) return;
    const result = await deleteUnit({ id: unit.id });
    if (result.data?.deleteUnit) onDeleted();
  }

  return (
    <Dialog open={unit !== null} title={t('units.deleteTitle')} onClose={onClose} size="sm" testId="delete-unit-dialog">
      {unit && (
        <div className="form">
          <FormError message={errorText(t, error)} />
          <p>{t('units.deleteConfirm', { name: unit.name, code: unit.code })}</p>
          <div className="form-actions">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              variant="danger"
              data-testid="delete-unit-confirm"
              disabled={fetching}
              onClick={() => void confirm()}
            >
              {fetching ? t('common.deleting') : t('common.delete')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
