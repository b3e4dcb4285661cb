import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FormError } from '../../../components/form-error';
import { LanguageSwitch } from '../../../components/language-switch';
import { Loading } from '../../../components/loading';
import { errorText } from '../../../lib/error-text';
import { useSession } from '../../../lib/session';
import { SignInDocument } from '../graphql/auth.documents';
import { useAuthActions } from '../hooks/use-auth-actions';
import { Button } from '../../../components/ui';

function redirectTarget(state: unknown): string {
  if (state && typeof state === 'object' && 'from' in state && typeof state.from === 'string') {
    const from = state.from;
    if (from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-in')) return from;
  }
  return '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const { status } = useSession();
  const { establish } = useAuthActions();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [validation, setValidation] = useState<string | null>(null);
  const [{ fetching, error }, signIn] = useMutation(SignInDocument);

  if (status === 'restoring') {
    return (
      <div className="page-center">
        <Loading />
      </div>
    );
  }
  if (status === 'signed-in') return <Navigate to={redirectTarget(location.state)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = username.trim();
    if (!name || !password) {
      setValidation(t('signIn.missingFields'));
      return;
    }
    setValidation(null);
    const result = await signIn({ input: { username: name, password } });
    const session = result.data?.signIn;
    if (session) {
      establish(session, session.user);
      void navigate(redirectTarget(location.state), { replace: true });
    }
  }

  const message = validation ?? errorText(t, error);

  return (
    <main className="sign-in" id="main">
      <div className="sign-in__top">
        <LanguageSwitch />
      </div>
      <div className="sign-in__card">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">
            ★
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </div>
        <p className="sign-in__subtitle">{t('app.subtitle')}</p>
        <h1 className="sign-in__title">{t('signIn.title')}</h1>
        <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-describedby="sign-in-error">
          <FormError message={message} id="sign-in-error" />
          <div className="field">
            <label htmlFor="sign-in-username">{t('signIn.username')}</label>
            <input
              id="sign-in-username"
              data-testid="sign-in-username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">{t('signIn.password')}</label>
            <input
              id="sign-in-password"
              data-testid="sign-in-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <Button
            type="submit"
            variant="primary"
            className="btn-block"
            data-testid="sign-in-submit"
            disabled={fetching}
          >
            {fetching ? t('signIn.submitting') : t('signIn.submit')}
          </Button>
        </form>
        <p className="sign-in__help">{t('signIn.help')}</p>
      </div>
    </main>
  );
}
