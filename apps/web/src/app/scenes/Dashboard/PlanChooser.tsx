/**
 * The plan selector of the leader's dashboard (issue 15): every plan the person may open, its government and
 * type, and links to the government-wide view, the lower plans side by side, the links and the revisions.
 */
import { Link } from 'react-router';
import { Select, Space, Tag } from 'antd';
import type { PlanChoicesJson } from '@gangmu/contract';
import { PLAN_TYPE, statusLabel, t } from '../../i18n/index.ts';

export function PlanChooser(props: {
  plan: { id: string };
  choices: PlanChoicesJson | null;
  onChoose: (id: string) => void;
}) {
  const { plan, choices, onChoose } = props;
  if (!choices || choices.plans.length === 0) return null;
  const current = choices.plans.find((p) => p.id === plan.id);
  const governmentId = current?.governmentId ?? choices.governmentId;
  return (
    <Space style={{ marginBottom: 8 }} wrap>
      <Select
        aria-label={t('choosePlan')}
        data-testid="plan-selector"
        value={plan.id}
        onChange={onChoose}
        // A fixed width, never more than the screen: sized by its content, a long title made the page
        // wider than a phone.
        style={{ width: 'min(36em, calc(100vw - 48px))' }}
        options={choices.plans.map((p) => ({
          value: p.id,
          label: (
            <span data-user-content>{`${p.governmentName ? `${p.governmentName} · ` : ''}${p.title}`}</span>
          ),
        }))}
      />
      {current && (
        <Tag color={PLAN_TYPE[current.planType]?.color}>{statusLabel(PLAN_TYPE, current.planType)}</Tag>
      )}
      {current?.synthetic && <Tag>{t('synthetic')}</Tag>}
      {current?.access === 'read' && <Tag>{t('readOnlyPlan')}</Tag>}
      {governmentId && <Link to={`/portfolio/${governmentId}`}>{t('governmentView')}</Link>}
      <Link to={`/plans/${plan.id}/districts`} data-testid="districts-link">
        {t('districtsView')}
      </Link>
      <Link to={`/plans/${plan.id}/links`}>{t('linksReview')}</Link>
      <Link to={`/plans/${plan.id}/revisions`}>{t('revisionsView')}</Link>
    </Space>
  );
}
