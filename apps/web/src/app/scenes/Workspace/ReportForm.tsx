/** The report form (period, percent, what was done, problems, next steps, an evidence file) in a dialog. */
import { Form, Input, InputNumber, Modal } from 'antd';
import type { Task } from '../../api-types.ts';
import { t } from '../../i18n/index.ts';
import { todayInShanghai } from '../../../shared/time.ts';
import type { ReportInput } from './useWorkspace.ts';

/** The quarter of today in Shanghai, as the period label the API takes (2024-Q2). */
function currentQuarter(): string {
  const [y, m] = todayInShanghai().split('-').map(Number);
  return `${y}-Q${Math.floor((m! - 1) / 3) + 1}`;
}

interface Props {
  task: Task | null;
  onCancel: () => void;
  onSubmit: (task: Task, v: ReportInput, evidence: File | undefined) => Promise<boolean>;
}

export function ReportForm({ task, onCancel, onSubmit }: Props) {
  const [form] = Form.useForm();
  return (
    <Modal
      open={!!task}
      title={`${t('reportProgress')}：${task?.title ?? ''}`}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={t('submit')}
      okButtonProps={{ 'data-testid': 'submit-report' } as Record<string, string>}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ period: currentQuarter(), percent: task?.progress ?? 0 }}
        onFinish={async (v: ReportInput) => {
          const file = (document.getElementById('evidence') as HTMLInputElement | null)?.files?.[0];
          if (task && (await onSubmit(task, v, file))) form.resetFields();
        }}
      >
        <Form.Item
          name="period"
          label={t('periodLabel')}
          rules={[
            {
              required: true,
              pattern: /^\d{4}(-(Q[1-4]|H[12]|M\d\d))?$/,
              message: t('periodFormat'),
            },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="percent" label={t('percentComplete')} rules={[{ required: true }]}>
          <InputNumber controls={false} min={0} max={100} />
        </Form.Item>
        <Form.Item name="doneText" label={t('whatWasDone')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} data-testid="done-text" />
        </Form.Item>
        <Form.Item name="problems" label={t('problems')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="nextSteps" label={t('nextSteps')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <label htmlFor="evidence">{t('evidenceHint')}</label>
        <input id="evidence" type="file" accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx" />
      </Form>
    </Modal>
  );
}
