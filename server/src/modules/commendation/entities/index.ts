import { CommendationEvent } from './commendation-event.entity.js';
import { CommendationForm } from './commendation-form.entity.js';
import { CommendationProposal } from './commendation-proposal.entity.js';
import { CommendationRound } from './commendation-round.entity.js';
import { CouncilMember, CouncilSession, CouncilVote } from './council.entities.js';
import { PostingComment } from './posting-comment.entity.js';

export const COMMENDATION_ENTITIES = [
  CommendationForm,
  CommendationRound,
  CommendationProposal,
  CouncilSession,
  CouncilMember,
  CouncilVote,
  PostingComment,
  CommendationEvent,
];
