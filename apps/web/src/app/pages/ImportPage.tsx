/**
 * Import review: upload a plan file; the source text beside the recovered structure, diagnostics marked at
 * their lines; then open the draft to fix headings in place and publish it.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Col, List, Row, Space, Tabs, Tag, Tree, Typography } from 'antd';
import { api, type OutlineNode, type PlanView } from '../../shared/api.ts';
import { isEnglish } from '../../shared/i18n.ts';
import { L } from './common.tsx';

interface Diagnostic {
  code: string;
  severity: string;
  line: number;
  message: string;
  messageEn: string;
  excerpt: string;
}
interface Result {
  id: string;
  title: string;
  counts: { chapters: number; indicators: number; projects: number };
  diagnostics: Diagnostic[];
}

interface TreeItem {
  key: string;
  title: string;
  children: TreeItem[];
}
const toTree = (nodes: OutlineNode[]): TreeItem[] =>
  nodes.map((n) => ({
    key: n.id,
    title:
      n.kind === 'part'
        ? `第${n.no}篇 ${n.title}`
        : n.kind === 'chapter'
          ? `第${n.no}章 ${n.title}`
          : n.kind === 'section'
            ? `第${n.no}节 ${n.title}`
            : `${n.no}. ${n.title}`,
    children: toTree(n.children),
  }));

export default function ImportPage() {
  const [result, setResult] = useState<Result | null>(null);
  const [source, setSource] = useState<string[]>([]);
  const [outline, setOutline] = useState<OutlineNode[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function upload(file: File) {
    setBusy(true);
    setError(null);
    try {
      const r = await api<Result>('/api/plans/import', {
        method: 'POST',
        raw: await file.arrayBuffer(),
        contentType: 'application/octet-stream',
      });
      setResult(r);
      const s = await api<{ text: string | null }>(`/api/plans/${r.id}/source`);
      setSource((s.text ?? '').split(/\r?\n/));
      setOutline((await api<PlanView>(`/api/plans/${r.id}`)).outline);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  const marked = new Map((result?.diagnostics ?? []).filter((d) => d.line > 0).map((d) => [d.line, d]));
  return (
    <>
      <Card title={L('导入规划文本（txt、网页、Word）', 'Import a plan (text, web page, Word)')}>
        <Space>
          <input
            type="file"
            aria-label={L('选择文件', 'Choose a file')}
            data-testid="import-file"
            disabled={busy}
            onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])}
          />
          {busy && <Typography.Text>{L('正在导入…', 'Importing…')}</Typography.Text>}
        </Space>
        {error && <Alert type="error" title={error} style={{ marginTop: 12 }} />}
      </Card>
      {result && (
        <>
          <Alert
            style={{ margin: '16px 0' }}
            type="success"
            data-testid="import-result"
            title={`${result.title}：${result.counts.chapters} ${L('章', 'chapters')}，${result.counts.indicators} ${L('项指标', 'indicators')}，${result.counts.projects} ${L('个项目', 'projects')}；${result.diagnostics.length} ${L('条诊断', 'diagnostics')}`}
            action={
              <Link to={`/plans/${result.id}`}>
                <Button type="primary" data-testid="open-draft">
                  {L('审阅并发布', 'Review and publish')}
                </Button>
              </Link>
            }
          />
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Card
                title={L('原文', 'Source')}
                styles={{ body: { maxHeight: 520, overflow: 'auto', fontFamily: 'monospace', fontSize: 12 } }}
              >
                {source.map((line, i) => {
                  const d = marked.get(i + 1);
                  return (
                    <div
                      key={i}
                      style={{
                        background: d ? (d.severity === 'warning' ? '#fff8c5' : '#ddf4ff') : undefined,
                      }}
                      title={d ? (isEnglish() ? d.messageEn : d.message) : undefined}
                    >
                      <span style={{ color: '#999', display: 'inline-block', width: 44 }}>{i + 1}</span>
                      {line}
                    </div>
                  );
                })}
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card>
                <Tabs
                  items={[
                    {
                      key: 'structure',
                      label: L('识别出的结构', 'Recovered structure'),
                      children: (
                        <Tree
                          height={480}
                          treeData={toTree(outline)}
                          defaultExpandedKeys={outline.map((n) => n.id)}
                        />
                      ),
                    },
                    {
                      key: 'diagnostics',
                      label: `${L('诊断', 'Diagnostics')} (${result.diagnostics.length})`,
                      children: (
                        <List
                          size="small"
                          dataSource={result.diagnostics}
                          renderItem={(d) => (
                            <List.Item>
                              <Tag
                                color={
                                  d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'gold' : 'blue'
                                }
                              >
                                {d.line || '—'}
                              </Tag>
                              {isEnglish() ? d.messageEn : d.message}
                            </List.Item>
                          )}
                        />
                      ),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
