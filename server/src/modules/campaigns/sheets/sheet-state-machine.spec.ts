import { SheetStatus, type SheetStatus as SheetStatusType } from '@thidua/shared';
import {
  campaignStatusAfterPublish,
  campaignStatusAfterReview,
  canTransition,
  isReadyToPublish,
  SHEET_TRANSITIONS,
  transitionRefusal,
  type SheetAction,
} from './sheet-state-machine.js';

const STATUSES = Object.values(SheetStatus) as SheetStatusType[];
const allowed = (action: SheetAction) => STATUSES.filter((s) => canTransition(action, s));

describe('score sheet state machine', () => {
  it('lets a unit edit and submit only a draft or a returned sheet', () => {
    expect(allowed('EDIT')).toEqual(['DRAFT', 'RETURNED']);
    expect(allowed('SUBMIT')).toEqual(['DRAFT', 'RETURNED']);
  });

  it('reviews and approves submitted or first-reviewed sheets, returns those or approved ones', () => {
    expect(allowed('REVIEW')).toEqual(['SUBMITTED', 'FIRST_REVIEWED']);
    expect(allowed('APPROVE')).toEqual(['SUBMITTED', 'FIRST_REVIEWED']);
    expect(allowed('RETURN')).toEqual(['SUBMITTED', 'FIRST_REVIEWED', 'APPROVED']);
  });

  it('gives a submitted sheet its first-round review once', () => {
    expect(allowed('FIRST_REVIEW')).toEqual(['SUBMITTED']);
    expect(SHEET_TRANSITIONS.FIRST_REVIEW.to).toBe('FIRST_REVIEWED');
    expect(transitionRefusal('FIRST_REVIEW', 'FIRST_REVIEWED')).toMatchObject({ reason: 'INVALID_TRANSITION' });
  });

  it('marks any unpublished sheet, and publishes approved or marked ones', () => {
    expect(allowed('MARK')).toEqual(STATUSES.filter((s) => s !== 'PUBLISHED'));
    expect(transitionRefusal('MARK', 'PUBLISHED')).toMatchObject({ reason: 'SHEET_LOCKED' });
    expect(isReadyToPublish({ status: 'DRAFT', mark: 'NOT_SUBMITTED' })).toBe(true);
    expect(isReadyToPublish({ status: 'SUBMITTED', mark: null })).toBe(false);
    expect(isReadyToPublish({ status: 'FIRST_REVIEWED', mark: null })).toBe(false);
    expect(isReadyToPublish({ status: 'APPROVED', mark: null })).toBe(true);
    expect(isReadyToPublish({ status: 'PUBLISHED', mark: 'NOT_CONSIDERED' })).toBe(false);
  });

  it('publishes approved sheets and corrects published ones only', () => {
    expect(allowed('PUBLISH')).toEqual(['APPROVED']);
    expect(allowed('CORRECT')).toEqual(['PUBLISHED']);
  });

  it('leads each status change to its status', () => {
    expect(SHEET_TRANSITIONS.SUBMIT.to).toBe('SUBMITTED');
    expect(SHEET_TRANSITIONS.RETURN.to).toBe('RETURNED');
    expect(SHEET_TRANSITIONS.APPROVE.to).toBe('APPROVED');
    expect(SHEET_TRANSITIONS.PUBLISH.to).toBe('PUBLISHED');
    expect(SHEET_TRANSITIONS.CORRECT.to).toBeNull();
  });

  it('tells anyone that published results are locked, except for a correction', () => {
    for (const action of ['EDIT', 'SUBMIT', 'REVIEW', 'FIRST_REVIEW', 'RETURN', 'APPROVE', 'MARK'] as const) {
      expect(transitionRefusal(action, 'PUBLISHED')).toMatchObject({ reason: 'SHEET_LOCKED' });
    }
    expect(transitionRefusal('CORRECT', 'PUBLISHED')).toBeNull();
  });

  it('tells a unit its sheet waits for the reviewer, and staff which status the sheet is in', () => {
    expect(transitionRefusal('EDIT', 'SUBMITTED')).toMatchObject({
      reason: 'SHEET_NOT_EDITABLE',
      message: 'The sheet is SUBMITTED: it can be edited again only if the reviewer returns it',
    });
    expect(transitionRefusal('APPROVE', 'DRAFT')).toMatchObject({
      reason: 'INVALID_TRANSITION',
      message: 'Only a submitted or first-reviewed sheet can be approved (it is DRAFT)',
    });
    expect(transitionRefusal('CORRECT', 'APPROVED')).toMatchObject({
      reason: 'INVALID_TRANSITION',
      message: 'Only published scores are corrected; before publication, review them (it is APPROVED)',
    });
  });

  it('moves a launched campaign into review, and publishes it with its last period', () => {
    expect(campaignStatusAfterReview('LAUNCHED')).toBe('IN_REVIEW');
    expect(campaignStatusAfterReview('IN_REVIEW')).toBeNull();
    expect(campaignStatusAfterPublish(0)).toBe('PUBLISHED');
    expect(campaignStatusAfterPublish(1)).toBeNull();
  });
});
