/** The report form (period, percent, what was done, problems, next steps, an evidence file) in a dialog. */
import { Form, Input, InputNumber, Modal } from 'antd';
import type { Task } from '../../api-types.ts';
import { L } from '../../i18n.ts';
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
      title={`${L('报送进展', 'Report progress')}：${task?.title ?? ''}`}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={L('报送', 'Submit')}
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
          label={L('期别（如 2024-Q2）', 'Period (e.g. 2024-Q2)')}
          rules={[
            {
              required: true,
              pattern: /^\d{4}(-(Q[1-4]|H[12]|M\d\d))?$/,
              message: L(
                '期别写作 2024、2024-H1、2024-Q2 或 2024-M06',
                'Write the period as 2024, 2024-H1, 2024-Q2 or 2024-M06',
              ),
            },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="percent" label={L('完成百分比', '% complete')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} />
        </Form.Item>
        <Form.Item
          name="doneText"
          label={L('完成情况', 'What was done')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input.TextArea rows={3} data-testid="done-text" />
        </Form.Item>
        <Form.Item name="problems" label={L('存在问题', 'Problems')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="nextSteps" label={L('下步打算', 'Next steps')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <label htmlFor="evidence">
          {L('佐证材料（PDF、图片、Word、Excel，≤ 20 MB）', 'Evidence (PDF, image, Word, Excel, ≤ 20 MB)')}
        </label>
        <input id="evidence" type="file" accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx" />
      </Form>
    </Modal>
  );
}
