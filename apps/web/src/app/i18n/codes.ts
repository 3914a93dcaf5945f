/**
 * The staff app's words for the workflow states the API sends as codes (reports, warnings, opinions,
 * roles, project stages): zh-CN and English, and a tag colour. A code missing here shows as itself.
 */
import { isEnglish } from '../../shared/i18n.ts';

export interface Label {
  zh: string;
  en: string;
  color?: string;
}
export type Labels = Record<string, Label>;

/** Tag colours dark enough for white text (WCAG AA 4.5:1); antd's preset light tags are not. */
export const TAG = { blue: '#0550ae', green: '#1a7f37', red: '#cf222e', gold: '#7d5800', grey: '#57606a' };

export const statusLabel = (labels: Labels, code: string): string =>
  labels[code] ? (isEnglish() ? labels[code].en : labels[code].zh) : code;

export const options = (labels: Labels) =>
  Object.keys(labels).map((value) => ({ value, label: statusLabel(labels, value) }));

export const REPORT_STATUS: Labels = {
  submitted: { zh: '待审核', en: 'Submitted', color: TAG.blue },
  approved: { zh: '已通过', en: 'Approved', color: TAG.green },
  returned: { zh: '已退回', en: 'Returned', color: TAG.red },
};

export const WARNING_STATUS: Labels = {
  open: { zh: '待处理', en: 'Open', color: TAG.red },
  acknowledged: { zh: '已确认', en: 'Acknowledged', color: TAG.gold },
  resolved: { zh: '已办结', en: 'Resolved', color: TAG.green },
};

export const OPINION_STATUS: Labels = {
  pending: { zh: '待审核', en: 'Pending', color: TAG.blue },
  approved: { zh: '已公开', en: 'Published', color: TAG.green },
  rejected: { zh: '不予公开', en: 'Rejected', color: TAG.red },
};

export const OPINION_TARGET: Labels = {
  plan: { zh: '规划', en: 'Plan' },
  indicator: { zh: '指标', en: 'Indicator' },
  node: { zh: '条目', en: 'Item' },
  project: { zh: '项目', en: 'Project' },
};

export const ROLE: Labels = {
  admin: { zh: '管理员', en: 'Administrator' },
  reporter: { zh: '填报员', en: 'Reporter' },
  supervisor: { zh: '督查员', en: 'Supervisor' },
  leader: { zh: '领导', en: 'Leader' },
  auditor: { zh: '审计员', en: 'Auditor' },
};

export const PROJECT_STAGE: Labels = {
  not_started: { zh: '未开工', en: 'Not started' },
  applied: { zh: '已申报', en: 'Applied' },
  in_progress: { zh: '在建', en: 'In progress' },
  done: { zh: '已完成', en: 'Done' },
};

/** Audit actions are codes like "plan.publish": the entity and the verb are shown in words where known. */
export const AUDIT_ENTITY: Labels = {
  plan: { zh: '规划', en: 'Plan' },
  node: { zh: '条目', en: 'Outline node' },
  indicator: { zh: '指标', en: 'Indicator' },
  observation: { zh: '指标数值', en: 'Value' },
  project: { zh: '项目', en: 'Project' },
  task: { zh: '任务', en: 'Task' },
  report: { zh: '进展报告', en: 'Report' },
  evidence: { zh: '佐证材料', en: 'Evidence' },
  warning: { zh: '预警', en: 'Warning' },
  opinion: { zh: '意见', en: 'Opinion' },
  user: { zh: '用户', en: 'User' },
  unit: { zh: '单位', en: 'Unit' },
  session: { zh: '登录', en: 'Session' },
  webhook: { zh: '推送地址', en: 'Webhook' },
  notice: { zh: '通知', en: 'Notice' },
  government: { zh: '政府', en: 'Government' },
  link: { zh: '指标衔接', en: 'Indicator link' },
  item_link: { zh: '条目衔接', en: 'Item link' },
  assignment: { zh: '分解下达', en: 'Assignment' },
  revision: { zh: '规划调整', en: 'Revision' },
};

export const AUDIT_VERB: Labels = {
  create: { zh: '新建', en: 'created' },
  update: { zh: '修改', en: 'updated' },
  delete: { zh: '删除', en: 'deleted' },
  import: { zh: '导入', en: 'imported' },
  publish: { zh: '发布', en: 'published' },
  move: { zh: '移动', en: 'moved' },
  split: { zh: '拆分', en: 'split' },
  merge: { zh: '合并', en: 'merged' },
  renumber: { zh: '重新编号', en: 'renumbered' },
  reorder: { zh: '调整顺序', en: 'reordered' },
  assign: { zh: '交办', en: 'assigned' },
  submit: { zh: '报送', en: 'submitted' },
  resubmit: { zh: '重新报送', en: 'resubmitted' },
  approve: { zh: '审核通过', en: 'approved' },
  return: { zh: '退回', en: 'returned' },
  progress: { zh: '更新进度', en: 'progress updated' },
  reminder: { zh: '提醒', en: 'reminded' },
  add: { zh: '添加', en: 'added' },
  raise: { zh: '发出', en: 'raised' },
  raised: { zh: '发出', en: 'raised' },
  urge: { zh: '催办', en: 'urged' },
  escalated: { zh: '升级', en: 'escalated' },
  acknowledged: { zh: '确认', en: 'acknowledged' },
  resolved: { zh: '办结', en: 'resolved' },
  approved: { zh: '公开', en: 'published' },
  rejected: { zh: '不予公开', en: 'rejected' },
  locked: { zh: '锁定', en: 'locked' },
  login_failed: { zh: '登录失败', en: 'sign-in failed' },
  government: { zh: '归属政府', en: 'placed under a government' },
  reparent: { zh: '调整上级', en: 'moved under a new parent' },
  implements: { zh: '衔接上级规划', en: 'linked to an upper plan' },
  suggest: { zh: '建议', en: 'suggested' },
  confirm: { zh: '确认', en: 'confirmed' },
  reject: { zh: '驳回', en: 'rejected' },
  propose: { zh: '提出', en: 'proposed' },
  revise: { zh: '调整目标', en: 'target revised' },
  resolve_linked: { zh: '按上级标准确定目标', en: 'target resolved from the upper level' },
  receive: { zh: '收到', en: 'received' },
  accept: { zh: '受理', en: 'accepted' },
  decline: { zh: '不予受理', en: 'declined' },
  draft: { zh: '保存草稿', en: 'draft saved' },
  submit_answer: { zh: '提交答复', en: 'answer submitted' },
  rate: { zh: '评价', en: 'rated' },
  reopen: { zh: '重新办理', en: 'reopened' },
  link_task: { zh: '纳入规划实施', en: 'taken into the plan' },
};

/** "plan.publish" → "规划 · 发布" (or "Plan · published"). */
export function auditAction(action: string): string {
  const [entity = '', verb = ''] = action.split('.');
  return `${statusLabel(AUDIT_ENTITY, entity)} · ${statusLabel(AUDIT_VERB, verb)}`;
}
