/**
 * Import review: upload a plan file; the source text beside the recovered structure, diagnostics marked at
 * their lines; then open the draft to fix headings in place and publish it.
 */
import { Link } from 'react-router';
import { Alert, Button, Card, Col, List, Progress, Row, Space, Tabs, Tag, Tree } from 'antd';
import { isEnglish } from '../../../shared/i18n.ts';
import { L } from '../../i18n.ts';
import { outlineTree } from '../Plan/outline-label.ts';
import { useImport } from './useImport.ts';

export default function Import() {
  const { result, source, outline, error, busy, upload } = useImport();
  const marked = new Map((result?.diagnostics ?? []).filter((d) => d.line > 0).map((d) => [d.line, d]));
  return (
    <>
      <Card title={L('导入规划（txt、网页、Word、PDF）', 'Import a plan (text, web page, Word, PDF)')}>
        <Space wrap>
          <input
            type="file"
            aria-label={L('选择文件', 'Choose a file')}
            data-testid="import-file"
            disabled={busy}
            onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])}
          />
          {busy && (
            <span role="status">
              {L('正在导入…', 'Importing…')}{' '}
              <Progress percent={99} status="active" showInfo={false} size="small" style={{ width: 120 }} />
            </span>
          )}
        </Space>
        {error && <Alert type="error" title={error} style={{ marginTop: 12 }} />}
      </Card>
      {result && (
        <>
          <Alert
            style={{ margin: '16px 0' }}
            type="success"
            data-testid="import-result"
            title={
              <>
                <span data-user-content>{result.title}</span>
                {L(
                  `：${result.counts.chapters} 章，${result.counts.indicators} 项指标，${result.counts.projects} 个项目；${result.diagnostics.length} 条诊断`,
                  `: ${result.counts.chapters} chapters, ${result.counts.indicators} indicators, ${result.counts.projects} projects; ${result.diagnostics.length} diagnostics`,
                )}
              </>
            }
            action={
              <Link to={`/plans/${result.id}`}>
                <Button type="primary" data-testid="open-draft">
                  {L('审阅并发布', 'Review and publish')}
                </Button>
              </Link>
            }
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <Card
                title={L('原文', 'Source')}
                styles={{ body: { maxHeight: 520, overflow: 'auto', fontFamily: 'monospace', fontSize: 12 } }}
              >
                <div data-user-content>
                  {source.map((line) => {
                    const d = marked.get(line.no);
                    return (
                      <div key={line.no}>
                        {line.opensPage && (
                          <div
                            data-testid="source-page"
                            style={{ color: '#6e6e6e', borderTop: '1px dashed #d9d9d9', marginTop: 4 }}
                          >
                            {L(`第 ${line.page} 页`, `Page ${line.page}`)}
                          </div>
                        )}
                        <div
                          style={{
                            background: d ? (d.severity === 'warning' ? '#fff8c5' : '#ddf4ff') : undefined,
                          }}
                          title={d ? (isEnglish() ? d.messageEn : d.message) : undefined}
                        >
                          <span style={{ color: '#6e6e6e', display: 'inline-block', width: 44 }}>
                            {line.no}
                          </span>
                          {line.text}
                        </div>
                      </div>
                    );
                  })}
                </div>
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
                          treeData={outlineTree(outline)}
                          defaultExpandedKeys={outline.map((n) => n.id)}
                          data-user-content
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
                                {d.line
                                  ? `${d.page ? L(`第 ${d.page} 页 `, `p. ${d.page} `) : ''}${d.line}`
                                  : '—'}
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
