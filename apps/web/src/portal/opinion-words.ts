/** The visitor's words for the codes the participation API sends: stages and ratings. */
import type { FollowedOpinionJson } from '@gangmu/contract';
import type { Key } from '../shared/i18n.ts';

export const STAGE_KEY: Record<FollowedOpinionJson['stage'], Key> = {
  received: 'stageReceived',
  handling: 'stageHandling',
  answered: 'stageAnswered',
  declined: 'stageDeclined',
  merged: 'stageMerged',
};

export type Rating = NonNullable<FollowedOpinionJson['rating']>;
export const RATING_KEY: Record<Rating, Key> = {
  satisfied: 'ratingSatisfied',
  basically_satisfied: 'ratingBasic',
  unsatisfied: 'ratingUnsatisfied',
};
