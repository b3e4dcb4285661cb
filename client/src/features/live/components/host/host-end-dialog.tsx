import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../../components/dialog';
import { Button } from '../../../../components/ui';

/** "Kết thúc buổi thi?": ending cannot be undone, so it is asked first. */
export function HostEndDialog({
  open,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('live.host.endTitle')} onClose={onCancel} size="sm" testId="host-end-dialog">
      <p>{t('live.host.endConfirm')}</p>
      <div className="form-actions">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button variant="danger" data-testid="host-end-confirm" onClick={onConfirm}>
          {t('live.host.end')}
        </Button>
      </div>
    </Dialog>
  );
}
