import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import { ContestIdBySlugDocument } from '../../graphql/contests.documents';
import { contestErrorText } from '../../utils/contest-errors';
import { ContestLayout } from './contest-layout';

/** `/c/:slug`: the contest's short link (printed, read aloud, typed on a phone) leads to its page. */
export function ContestSlugPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const [result] = useQuery({ query: ContestIdBySlugDocument, variables: { slug: slug.toLowerCase() } });
  const id = result.data?.contestIdBySlug;
  if (id) return <Navigate to={`/contest/${id}`} replace />;
  return (
    <ContestLayout title={t('contests.public.brand')}>
      {result.fetching && <Loading />}
      {result.error && (
        <div className="cp-card">
          <FormError message={contestErrorText(t, result.error)} />
        </div>
      )}
    </ContestLayout>
  );
}
