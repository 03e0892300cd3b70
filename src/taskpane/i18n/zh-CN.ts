import { groupThousands } from '../../core/money/format';
import type { Messages } from './messages';

/** A count as people read it: 3,000 个. */
const n = (value: number) => groupThousands(String(value));

export const zhCN: Messages = {
  title: '预算对账',
  reconcile: '一键对账',
  phases: {
    reading: '正在读取工作簿…',
    checking: '正在核对…',
    marking: '正在标记单元格…',
    summarising: '正在写入对账摘要…',
  },
  clear: '清除标记',
  cleared: '已清除全部标记，单元格已恢复原样。',
  severity: { error: '错误', warning: '警告', info: '提示' },
  summary: (c) => `发现 ${n(c.error)} 个错误、${n(c.warning)} 个警告、${n(c.info)} 条提示。`,
  noFindings: '全部核对无误：合计、小计与明细一致。',
  emptyTitle: '尚未对账',
  emptyBody: '点击“一键对账”，核对本工作簿中的预算表与发放明细。',
  cannotReconcile: '无法对账',
  unexpectedError: '对账时出错',
  failures: {
    'cannot-reconcile': {
      title: '无法对账',
      next: '请确认工作簿中有带表头（如“项目”“预算数”“执行数”）的预算表或发放明细；也可在“设置 → 列角色指定”中指定表头。',
    },
    protected: {
      title: '工作表受保护，未做任何标记',
      next: '请在“审阅 → 撤消工作表保护”后再点击“一键对账”。',
    },
    editing: {
      title: 'Excel 正在编辑单元格',
      next: '请按 Enter 或 Esc 结束单元格编辑，然后重试。',
    },
    'too-large': {
      title: '工作簿太大，Excel 拒绝了这次请求',
      next: '请关闭其他工作簿后重试；若仍失败，请使用命令行版本对账。',
    },
    busy: { title: 'Excel 暂时繁忙', next: '请稍候片刻再试。' },
    gone: {
      title: '工作表在对账过程中被更改',
      next: '请不要在对账时删除或重命名工作表，然后重试。',
    },
    unknown: {
      title: '对账时出现意外错误',
      next: '请保存工作簿后重新打开再试；若仍失败，请将下面的错误代码告知技术支持。',
    },
  },
  errorCode: (code) => `错误代码：${code}`,
  clearHint: '标记由加载项写入，Excel 的“撤消”（Ctrl+Z）无法撤消：请用“清除标记”去掉。',
  written: (marked, notes) =>
    notes > 0
      ? `已在 ${n(marked)} 个单元格标上底色，并添加 ${n(notes)} 条批注说明原因。`
      : `已在 ${n(marked)} 个单元格标上底色。`,
  openSummary: (sheet) => `打开对账摘要工作表“${sheet}”`,
  groupCount: (count) => `${n(count)} 项`,
  systematic: (count, difference) =>
    `同一差额 ${difference} 出现在 ${n(count)} 行：可能是系统性错误`,
  listKeys: '↑↓ 逐条移动，Home / End 到首尾，→ ← 展开或收起，Enter 转到单元格。',
  findingsLabel: '对账发现',
  headerText: (text) => `表头“${text}”`,
  notAHeader: '所选单元格看起来不是表头（为空或是数字），请选中表头单元格。',
  protectedSheets: (names) => `受保护的工作表：${names}`,
  withoutNote: (cells) =>
    `这些单元格已有批注（线程式批注），只标了底色，说明见本面板中对应的发现：${cells}`,
  rerunNote: '已按新设置重新核对读取的数据；工作簿中的标记在下次对账时更新。',
  notesUnsupported: '此版本的 Excel 不支持单元格批注：已用底色标出问题，说明见本面板。',
  goToCell: (sheet, cell) => `转到 ${sheet}!${cell}`,
  settings: '设置',
  strict: '严格模式',
  strictHint: '所有差异（包括四舍五入差异）都视为错误。',
  language: '语言',
  overrides: '列角色指定',
  overridesHint: '先在工作表中选中表头单元格，再选择角色并点击“使用所选单元格”。',
  role: '角色',
  useSelection: '使用所选单元格',
  removeOverride: (role, sheet, cell) => `移除 ${sheet}!${cell} 的“${role}”指定`,
  noOverrides: '未指定，按表头自动识别。',
  lastRun: (c) =>
    `功能区“一键对账”上次发现 ${n(c.error)} 个错误、${n(c.warning)} 个警告。点击“一键对账”查看详情。`,
  lastRunFailed: (reason) => `功能区“一键对账”上次未能完成：${reason}`,
};
