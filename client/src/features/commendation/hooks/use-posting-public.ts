import { useMutation, useQuery } from 'urql';
import { PublicPostingDocument, SubmitPostingCommentDocument } from '../graphql/council.documents';

/** The public posted list of a round and the residents' comment (no sign-in). */
export function usePostingPublic(roundId: string) {
  const [result] = useQuery({ query: PublicPostingDocument, variables: { roundId } });
  const [submitting, submit] = useMutation(SubmitPostingCommentDocument);
  return {
    posting: result.data?.publicPosting ?? null,
    fetching: result.fetching,
    error: result.error,
    submitting,
    submit,
  };
}
