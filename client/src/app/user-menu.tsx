import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDialog } from '../features/auth/components/change-password-dialog';
import { useSession } from '../lib/session';

function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const last = words.at(-1) ?? '?';
  return last.slice(0, 1).toUpperCase();
}

/** Who is signed in, their role, and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [changing, setChanging] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (!user) return null;

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        type="button"
        className="user-menu__button"
        data-testid="user-menu"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('userMenu.label', { name: user.displayName })}
        onClick={() => setOpen((v) => !v)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(user.displayName)}
        </span>
        <span className="user-menu__text" aria-hidden="true">
          <span className="user-menu__name">{user.displayName}</span>
          <span className="user-menu__role">{t(`roles.${user.role}`)}</span>
        </span>
      </button>
      {open && (
        <div className="user-menu__panel" id={menuId}>
          <p className="user-menu__who">
            <strong>{user.displayName}</strong>
            <span className="muted">@{user.username}</span>
          </p>
          <p>
            <span className="badge badge-role" data-testid="user-role">
              {t(`roles.${user.role}`)}
            </span>
          </p>
          {user.unit && (
            <p className="muted">
              {t('home.yourUnit')}: {user.unit.name}
            </p>
          )}
          <button
            type="button"
            className="btn btn-secondary btn-block"
            data-testid="change-password"
            onClick={() => {
              setOpen(false);
              setChanging(true);
            }}
          >
            {t('auth.changePassword.menu')}
          </button>
          <button
            type="button"
            className="btn btn-secondary btn-block"
            data-testid="sign-out"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void signOut();
            }}
          >
            {t('userMenu.signOut')}
          </button>
        </div>
      )}
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </div>
  );
}
