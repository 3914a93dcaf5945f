/**
 * 节假日安排 (administrators): the holiday calendar of a chosen year — days off, make-up working days, where it
 * comes from — and a form to add a year (or change one added here). Opinion deadlines count working days.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { t, TAG } from '../../i18n/index.ts';
import { PageSkeleton } from '../../PageSkeleton.tsx';
import { userText } from '../../user-content.tsx';
import { parseCalendarText, useHolidays } from './useHolidays.ts';

export default function Holidays() {
  const { calendars, save } = useHolidays();
  const [year, setYear] = useState<number | null>(null);
  if (calendars === null) return <PageSkeleton />;
  const years = calendars.map((c) => c.year);
  const shown = calendars.find((c) => c.year === (year ?? years.at(-1)));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
        {t('holidayTitle')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('workingDaysNote')}</Typography.Text>
      <Select
        style={{ width: 160 }}
        aria-label={t('holidayYear')}
        value={shown?.year}
        onChange={setYear}
        options={years.map((y) => ({ value: y, label: `${y}` }))}
        data-testid="holiday-year"
      />
      {shown && (
        <Card size="small" title={`${shown.year}`} data-testid="holiday-calendar">
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                label: t('holidayOrigin'),
                children: (
                  <Tag color={shown.origin === 'added' ? TAG.gold : TAG.blue}>
                    {shown.origin === 'added' ? t('originAdded') : t('originShipped')}
                  </Tag>
                ),
              },
              { label: t('holidaySource'), children: userText(shown.source) },
              {
                label: t('offDays'),
                children: (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {shown.offDays.map(([from, to]) => (
                      <li key={from}>{from === to ? from : t('offDayRange', { from, to })}</li>
                    ))}
                  </ul>
                ),
              },
              {
                label: t('workDays'),
                children: shown.workDays.length ? shown.workDays.join('、') : t('noWorkDays'),
              },
            ]}
          />
        </Card>
      )}
      <CalendarForm
        nextYear={(years.at(-1) ?? new Date().getFullYear()) + 1}
        existing={(y) => calendars.find((c) => c.year === y)}
        save={save}
      />
    </Space>
  );
}

function CalendarForm({
  nextYear,
  existing,
  save,
}: {
  nextYear: number;
  existing: (year: number) => { origin: string } | undefined;
  save: ReturnType<typeof useHolidays>['save'];
}) {
  const [year, setYear] = useState(String(nextYear));
  const [off, setOff] = useState('');
  const [work, setWork] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);
  const y = Number(year);
  const validYear = /^20\d\d$/.test(year);
  const submit = async () => {
    const parsed = parseCalendarText(off, work);
    if ('error' in parsed) return setError(parsed.error);
    setError(null);
    if (await save({ year: y, ...parsed, source: source.trim() })) {
      setOff('');
      setWork('');
      setSource('');
    }
  };
  return (
    <Card size="small" title={validYear && existing(y) ? t('replaceYear', { year: y }) : t('addYear')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <label htmlFor="holiday-form-year">{t('yearField')}</label>
        <Input
          id="holiday-form-year"
          inputMode="numeric"
          maxLength={4}
          style={{ width: 120 }}
          value={year}
          onChange={(e) => setYear(e.target.value.trim())}
        />
        <label htmlFor="holiday-form-off">{t('offDaysField')}</label>
        <Input.TextArea id="holiday-form-off" rows={6} value={off} onChange={(e) => setOff(e.target.value)} />
        <label htmlFor="holiday-form-work">{t('workDaysField')}</label>
        <Input.TextArea
          id="holiday-form-work"
          rows={3}
          value={work}
          onChange={(e) => setWork(e.target.value)}
        />
        <label htmlFor="holiday-form-source">{t('sourceField')}</label>
        <Input
          id="holiday-form-source"
          maxLength={200}
          value={source}
          onChange={(e) => setSource(e.target.value)}
        />
        {error && <Alert type="error" showIcon message={error} />}
        <Popconfirm
          title={t('calendarConfirm')}
          onConfirm={submit}
          okText={t('confirm')}
          cancelText={t('cancel')}
        >
          <Button
            type="primary"
            disabled={!validYear || !source.trim() || !off.trim()}
            data-testid="save-calendar"
          >
            {t('saveCalendar')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
