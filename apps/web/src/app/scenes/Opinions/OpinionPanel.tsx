/**
 * One opinion in a drawer: what it says and is about, contact details where the API gives them, and the steps
 * the caller may take now (the API's `actions`): screen (accept / merge / decline with a public reason),
 * assign (the default deadline shown), answer (the unit), review (return / approve), publish, link a task.
 * Irreversible steps ask first. Below, the handling record in Beijing time.
 */
import { useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Drawer,
  Grid,
  Input,
  List,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { formatDate, formatDateTime } from '../../../shared/time.ts';
import {
  OPINION_RATING,
  OPINION_RECORD,
  OPINION_STATE,
  OPINION_TARGET,
  statusLabel,
  t,
  TAG,
} from '../../i18n/index.ts';
import { userText } from '../../user-content.tsx';
import { targetName, type Opinion, type useOpinions } from './useOpinions.ts';

type Props = ReturnType<typeof useOpinions>;

/** A button that asks before an irreversible step. */
function Confirmed({
  title,
  onConfirm,
  children,
  disabled,
  danger,
  testId,
}: {
  title: string;
  onConfirm: () => Promise<unknown>;
  children: ReactNode;
  disabled?: boolean;
  danger?: boolean;
  testId: string;
}) {
  return (
    <Popconfirm
      title={title}
      onConfirm={onConfirm}
      okText={t('confirm')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': `${testId}-ok` } as Record<`data-${string}`, string>}
    >
      <Button type={danger ? 'default' : 'primary'} danger={danger} disabled={disabled} data-testid={testId}>
        {children}
      </Button>
    </Popconfirm>
  );
}

export function OpinionPanel(p: Props) {
  const isDesk = Grid.useBreakpoint().md ?? true;
  const o = p.detail;
  return (
    <Drawer
      open={!!o}
      onClose={() => p.open(null)}
      title={o ? `${t('opinionDetail')} ${o.trackingCode ?? ''}` : t('opinionDetail')}
      width={isDesk ? 680 : '100%'}
      destroyOnHidden
    >
      {o && <PanelBody {...p} o={o} key={`${o.id}-${o.version}`} />}
    </Drawer>
  );
}

function PanelBody(p: Props & { o: Opinion }) {
  const { o } = p;
  const can = (a: string) => o.actions.includes(a);
  const unitName = (id: string | null) => p.units.find((u) => u.id === id)?.name ?? '—';
  const lastReturn = [...(o.records ?? [])].reverse().find((r) => r.kind === 'return');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            label: t('opinionTarget'),
            children: (
              <>
                {statusLabel(OPINION_TARGET, o.targetType)}：{userText(targetName(p.planViews[o.planId], o))}
              </>
            ),
          },
          { label: t('postedOn'), children: formatDate(o.postedOn) },
          { label: t('author'), children: o.authorName ? userText(o.authorName) : t('anonymousVisitor') },
          { label: t('contactDetails'), children: <Contact o={o} role={p.user?.role} /> },
          {
            label: t('handlingState'),
            children: (
              <Space size={4} wrap>
                <Tag color={OPINION_STATE[o.state]?.color} data-testid="opinion-state">
                  {statusLabel(OPINION_STATE, o.state)}
                </Tag>
                {o.overdue && <Tag color={TAG.red}>{t('overdueTag')}</Tag>}
                {o.held && <Tag color={TAG.gold}>{t('heldTag')}</Tag>}
              </Space>
            ),
          },
          { label: t('answeringUnit'), children: userText(unitName(o.unitId)) },
          { label: t('answerDeadline'), children: o.deadline ?? '—' },
          ...(o.taskId
            ? [
                {
                  label: t('linkTaskTitle'),
                  children: userText(p.tasks.find((x) => x.id === o.taskId)?.title ?? '✓'),
                },
              ]
            : []),
          ...(o.rating
            ? [
                {
                  label: t('visitorRating'),
                  children: (
                    <>
                      <Tag color={OPINION_RATING[o.rating]?.color}>
                        {statusLabel(OPINION_RATING, o.rating)}
                      </Tag>
                      {o.ratingComment && userText(o.ratingComment)}
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Typography.Paragraph data-user-content style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
        {o.content}
      </Typography.Paragraph>
      {o.reopenCount > 0 && (
        <Alert type="warning" showIcon message={t('reopenCountNote', { n: o.reopenCount })} />
      )}
      {o.publicReason && (
        <Alert type="info" message={t('publicReason')} description={userText(o.publicReason)} />
      )}
      {(can('accept') || can('merge') || can('decline')) && <Screen {...p} />}
      {can('assign') && <Assign {...p} />}
      {can('submit_answer') && (
        <AnswerForm {...p} returnedWith={o.state === 'returned' ? (lastReturn?.body ?? null) : null} />
      )}
      {(can('approve') || can('return')) && <Review {...p} />}
      {can('publish') && (
        <Card size="small" title={t('publishAnswer')}>
          <Typography.Paragraph data-user-content style={{ whiteSpace: 'pre-wrap' }}>
            {o.answerDraft}
          </Typography.Paragraph>
          <Confirmed title={t('publishConfirm')} onConfirm={p.publish} testId="publish-answer">
            {t('publishAnswer')}
          </Confirmed>
        </Card>
      )}
      {o.answer && (
        <Card size="small" title={t('publishedAnswer')}>
          <Typography.Paragraph data-user-content style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {o.answer}
          </Typography.Paragraph>
        </Card>
      )}
      {can('link_task') && !o.taskId && <LinkTask {...p} />}
      <Records o={o} />
    </Space>
  );
}

function Contact({ o, role }: { o: Opinion; role: string | undefined }) {
  if (o.contact) {
    const { contact, notifyEmail } = o.contact;
    if (!contact && !notifyEmail) return <>{t('noContact')}</>;
    return (
      <span data-testid="contact">
        {contact && userText(contact)}
        {contact && notifyEmail && <br />}
        {notifyEmail && (
          <>
            {t('notifyEmail')}：{userText(notifyEmail)}
          </>
        )}
      </span>
    );
  }
  return <span className="muted">{role === 'reporter' ? t('contactNotShared') : t('contactHidden')}</span>;
}

function Screen(p: Props & { o: Opinion }) {
  const { o } = p;
  const [duplicateOf, setDuplicateOf] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const others = (p.rows ?? []).filter((r) => r.id !== o.id && r.planId === o.planId);
  return (
    <Card size="small" title={t('screenTitle')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {o.actions.includes('accept') && (
          <Confirmed title={t('acceptConfirm')} onConfirm={() => p.screen('accept')} testId="accept-opinion">
            {t('acceptOpinion')}
          </Confirmed>
        )}
        <Space wrap>
          <Typography.Text>{t('duplicateOf')}</Typography.Text>
          <Select
            style={{ minWidth: 240, maxWidth: '100%' }}
            aria-label={t('duplicateOf')}
            value={duplicateOf}
            onChange={setDuplicateOf}
            options={others.map((r) => ({
              value: r.id,
              label: (
                <span data-user-content>
                  {r.trackingCode} {r.content.slice(0, 24)}
                </span>
              ),
            }))}
          />
          <Confirmed
            title={t('mergeConfirm')}
            onConfirm={() => p.screen('merge', { duplicateOf: duplicateOf! })}
            disabled={!duplicateOf}
            danger
            testId="merge-opinion"
          >
            {t('mergeOpinion')}
          </Confirmed>
        </Space>
        <Typography.Text>{t('publicReason')}</Typography.Text>
        <Input.TextArea
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-label={t('publicReason')}
        />
        <Confirmed
          title={t('declineConfirm')}
          onConfirm={() => p.screen('decline', { reason: reason.trim() })}
          disabled={!reason.trim()}
          danger
          testId="decline-opinion"
        >
          {t('declineOpinion')}
        </Confirmed>
      </Space>
    </Card>
  );
}

function Assign(p: Props & { o: Opinion }) {
  const { o } = p;
  const [unitId, setUnitId] = useState<string | undefined>(o.unitId ?? undefined);
  const [deadline, setDeadline] = useState('');
  const d = p.defaultDeadline;
  return (
    <Card size="small" title={t('assignTitle')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text>{t('assignTo')}</Typography.Text>
          <Select
            style={{ minWidth: 200, maxWidth: '100%' }}
            aria-label={t('assignTo')}
            value={unitId}
            onChange={setUnitId}
            options={p.units.map((u) => ({ value: u.id, label: userText(u.name) }))}
            data-testid="assign-unit"
          />
          <Typography.Text>{t('assignDeadline')}</Typography.Text>
          <Input
            type="date"
            style={{ width: 180 }}
            aria-label={t('assignDeadline')}
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
            data-testid="assign-deadline"
          />
        </Space>
        {d && (
          <Typography.Text type="secondary" data-testid="default-deadline">
            {t('defaultDeadline', { date: d.date, days: 15 })}
          </Typography.Text>
        )}
        {d && d.missingYears.length > 0 && !deadline && (
          <Alert
            type="warning"
            showIcon
            message={t('missingCalendar', { years: d.missingYears.join('、') })}
          />
        )}
        <Button
          type="primary"
          disabled={!unitId}
          onClick={() => void p.assign(unitId!, deadline || undefined)}
          data-testid="assign-opinion"
        >
          {o.unitId ? t('reassignButton') : t('assignButton')}
        </Button>
      </Space>
    </Card>
  );
}

function AnswerForm(p: Props & { o: Opinion; returnedWith: string | null }) {
  const [text, setText] = useState(p.o.answerDraft ?? '');
  return (
    <Card size="small" title={t('answerTitle')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {p.returnedWith && (
          <Alert type="error" showIcon message={t('lastReturn')} description={userText(p.returnedWith)} />
        )}
        <Typography.Text>{t('answerText')}</Typography.Text>
        <Input.TextArea
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label={t('answerText')}
          maxLength={20000}
          data-testid="answer-text"
        />
        <Space wrap>
          <Button
            onClick={() => void p.answer(text, false)}
            disabled={!text.trim()}
            data-testid="save-answer"
          >
            {t('saveDraft')}
          </Button>
          <Confirmed
            title={t('submitAnswerConfirm')}
            onConfirm={() => p.answer(text, true)}
            disabled={!text.trim()}
            testId="submit-answer"
          >
            {t('submitAnswer')}
          </Confirmed>
        </Space>
      </Space>
    </Card>
  );
}

function Review(p: Props & { o: Opinion }) {
  const [comment, setComment] = useState('');
  return (
    <Card size="small" title={t('reviewTitle')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text strong>{t('unitAnswer')}</Typography.Text>
        <Typography.Paragraph data-user-content style={{ whiteSpace: 'pre-wrap' }} data-testid="unit-answer">
          {p.o.answerDraft}
        </Typography.Paragraph>
        <Typography.Text>{t('returnComment')}</Typography.Text>
        <Input.TextArea
          rows={2}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-label={t('returnComment')}
          data-testid="return-comment"
        />
        <Space wrap>
          <Button
            danger
            disabled={!comment.trim()}
            onClick={() => void p.review('return', comment.trim())}
            data-testid="return-answer"
          >
            {t('returnAnswer')}
          </Button>
          <Confirmed
            title={t('approveConfirm')}
            onConfirm={() => p.review('approve')}
            testId="approve-answer"
          >
            {t('approveAnswer')}
          </Confirmed>
        </Space>
      </Space>
    </Card>
  );
}

function LinkTask(p: Props & { o: Opinion }) {
  const [taskId, setTaskId] = useState<string | undefined>();
  return (
    <Card size="small" title={t('linkTaskTitle')}>
      <Space wrap>
        <Typography.Text>{t('chooseTask')}</Typography.Text>
        <Select
          showSearch
          optionFilterProp="title"
          style={{ minWidth: 260, maxWidth: '100%' }}
          aria-label={t('chooseTask')}
          value={taskId}
          onChange={setTaskId}
          options={p.tasks.map((x) => ({ value: x.id, title: x.title, label: userText(x.title) }))}
          data-testid="link-task-select"
        />
        <Confirmed
          title={t('linkTaskConfirm')}
          onConfirm={() => p.linkTask(taskId!)}
          disabled={!taskId}
          testId="link-task"
        >
          {t('linkTask')}
        </Confirmed>
      </Space>
    </Card>
  );
}

/** Who took a step: a person's name as written, or the visitor and the system in words. */
const actorLabel = (name: string) =>
  name === 'public' ? t('visitorActor') : name === 'system' ? t('systemActor') : userText(name);

function Records({ o }: { o: Opinion }) {
  if (!o.records?.length) return null;
  return (
    <Card size="small" title={t('handlingRecord')}>
      <List
        size="small"
        dataSource={o.records}
        renderItem={(r) => (
          <List.Item>
            <div>
              <Typography.Text type="secondary">{formatDateTime(r.at)}</Typography.Text>{' '}
              {actorLabel(r.actorName)} · {statusLabel(OPINION_RECORD, r.kind)}
              {r.kind === 'assign' && typeof r.data.deadline === 'string' && `（${r.data.deadline}）`}
              {r.body && (
                <div data-user-content style={{ whiteSpace: 'pre-wrap' }}>
                  {r.body}
                </div>
              )}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
