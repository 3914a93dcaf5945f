/** One paragraph of a draft: its text, and for writers an edit box; edited paragraphs are marked (they survive regeneration). */
import { useState } from 'react';
import { Button, Input, Space, Tag } from 'antd';
import { L } from '../../i18n.ts';

export function ParagraphEditor({
  id,
  text,
  edited,
  editable,
  onSave,
}: {
  id: string;
  text: string;
  edited: boolean;
  editable: boolean;
  onSave: (text: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null)
    return (
      <div style={{ margin: '8px 0' }}>
        <Input.TextArea
          autoSize={{ minRows: 3 }}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          data-testid={`edit-text-${id}`}
        />
        <Space style={{ marginTop: 4 }}>
          <Button
            size="small"
            type="primary"
            data-testid={`save-${id}`}
            onClick={() => {
              onSave(draft);
              setDraft(null);
            }}
          >
            {L('保存', 'Save')}
          </Button>
          <Button size="small" onClick={() => setDraft(null)}>
            {L('取消', 'Cancel')}
          </Button>
        </Space>
      </div>
    );
  return (
    <p className="report-p" data-block={id}>
      {text}
      {edited && <Tag style={{ marginLeft: 8 }}>{L('已修改', 'edited')}</Tag>}
      {editable && (
        <Button type="link" size="small" data-testid={`edit-${id}`} onClick={() => setDraft(text)}>
          {L('修改', 'Edit')}
        </Button>
      )}
    </p>
  );
}
