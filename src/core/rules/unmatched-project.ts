import { displayName } from '../detect/projects';
import { ledgerOf } from '../detect/ledger';
import { defineRule } from './rule';

export default defineRule<'unmatched'>({
  meta: {
    name: 'unmatched-project',
    severity: 'warning',
    description: 'A disbursement project has no budget line to book it to.',
    messages: {
      'zh-CN': {
        unmatched:
          '发放项目「{project}」在预算表中找不到对应的预算项目（已忽略全半角、空格、标点及“项目”“专项”“资金”等字样），其支出未计入任何预算执行数。',
      },
      'en-US': {
        unmatched:
          'Disbursement project "{project}" has no budget line (names were compared ignoring width, spaces, punctuation and suffixes such as 项目 / 专项 / 资金); its spending is booked to no executed amount.',
      },
    },
  },
  check(context) {
    const ledger = ledgerOf(context.workbook);
    // A workbook of disbursements alone has nothing to match against.
    if (!ledger.hasBudget) return;
    for (const project of ledger.projects) {
      // A project the budget states for several years is matched; its year is what is unknown.
      if (project.budgetLine || project.budgetYears || !project.firstNamed) continue;
      context.report({
        messageId: 'unmatched',
        sheet: project.firstNamed.sheet,
        cell: project.firstNamed.cell,
        expected: null,
        actual: project.name,
        unit: null,
        data: { project: displayName(project.name) },
      });
    }
  },
});
