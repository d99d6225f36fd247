import { Button, Dialog, Typography } from '@strapi/design-system';
import { useText } from './history/i18n';

/** A question before an action that cannot be taken back (restoring a version, resetting a colleague's factor). */
export function ConfirmAction({
  open,
  onClose,
  title,
  message,
  action,
  danger = false,
  onConfirm,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  message: string;
  action: string;
  danger?: boolean;
  onConfirm: () => void;
}) {
  const { text } = useText();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{title}</Dialog.Header>
        <Dialog.Body>
          <Typography tag="p">{message}</Typography>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{text('thads.dialog.cancel')}</Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button variant={danger ? 'danger' : 'default'} onClick={onConfirm}>
              {action}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}
