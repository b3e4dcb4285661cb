import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import { errorText } from '../../../../lib/error-text';
import { formatDmyInstant } from '../../../../lib/dmy-date';
import { formatNumber } from '../../../../lib/format';
import { LiveGamesDocument } from '../../graphql/live.documents';
import '../../live.css';
import { buttonClass } from '../../../../components/ui';

/** `/host`: the host's games, newest first, and the way to start a new one. */
export function HostGamesPage() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: LiveGamesDocument, requestPolicy: 'cache-and-network' });
  const games = data?.liveGames ?? [];
  return (
    <section className="page" aria-labelledby="host-title">
      <header className="page-header">
        <div>
          <h1 id="host-title">{t('live.host.gamesTitle')}</h1>
          <p className="page-header__lead">{t('live.host.gamesLead')}</p>
        </div>
        <div className="page-header__actions">
          <Link className={buttonClass('primary')} to="/host/new" data-testid="host-new-game">
            + {t('live.host.newGame')}
          </Link>
        </div>
      </header>
      <FormError message={errorText(t, error)} />
      {fetching && !data ? (
        <Loading />
      ) : games.length === 0 ? (
        <p className="empty">{t('live.host.noGames')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="host-games">
            <thead>
              <tr>
                <th scope="col">{t('live.host.col.title')}</th>
                <th scope="col">{t('live.pin')}</th>
                <th scope="col">{t('live.host.col.status')}</th>
                <th scope="col" className="num">
                  {t('live.host.col.players')}
                </th>
                <th scope="col">{t('live.host.col.created')}</th>
              </tr>
            </thead>
            <tbody>
              {games.map((game) => (
                <tr key={game.id}>
                  <td>
                    <Link to={`/host/${game.id}`} data-testid={`host-game-${game.pin}`}>
                      {game.title}
                    </Link>
                  </td>
                  <td>
                    <code>{game.pin}</code>
                  </td>
                  <td>
                    <span className={`badge live-status live-status--${game.status.toLowerCase()}`}>
                      {t([`live.status.${game.status}`, game.status])}
                    </span>
                  </td>
                  <td className="num">{formatNumber(game.playerCount, i18n.language)}</td>
                  <td>{formatDmyInstant(game.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
