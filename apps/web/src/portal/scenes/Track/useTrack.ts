/**
 * Following an opinion by its tracking code: the stage and the published answer; with the private link's
 * token (after the # of the address) the visitor may also rate the answer.
 */
import { useCallback, useEffect, useState } from 'react';
import type { FollowedOpinionJson, RatedOpinionJson } from '@gangmu/contract';
import { api, ApiError } from '../../../shared/api.ts';
import { t } from '../../../shared/i18n.ts';
import type { Rating } from '../../opinion-words.ts';

const CODE = /^GM-[2-9A-Z]{4}-[2-9A-Z]{4}$/;
export const normaliseCode = (code: string) => code.trim().toUpperCase();
export const isTrackingCode = (code: string) => CODE.test(normaliseCode(code));

export function useTrack(code: string | undefined, token: string | null) {
  const [opinion, setOpinion] = useState<FollowedOpinionJson | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rated, setRated] = useState<RatedOpinionJson | null>(null);
  const load = useCallback(async () => {
    if (!code) return;
    setError(null);
    try {
      const q = token ? `?token=${encodeURIComponent(token)}` : '';
      setOpinion(
        await api<FollowedOpinionJson>(`/api/opinions/track/${encodeURIComponent(normaliseCode(code))}${q}`),
      );
    } catch (e) {
      setOpinion(null);
      setError(e instanceof ApiError ? e.message : t('error'));
    }
  }, [code, token]);
  useEffect(() => {
    void load();
  }, [load]);

  /** Sends the rating; true when it went through (an unsatisfied one reopens the opinion once). */
  async function rate(rating: Rating, comment: string): Promise<boolean> {
    if (!code || !token) return false;
    try {
      const r = await api<RatedOpinionJson>(`/api/opinions/track/${normaliseCode(code)}/rating`, {
        method: 'POST',
        body: { token, rating, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      });
      setRated(r);
      await load();
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('error'));
      return false;
    }
  }
  return { opinion, error, rated, rate };
}
