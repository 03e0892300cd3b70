import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { maskId, maskIds, showsIdLike } from '../../src/core/findings/privacy';
import { SUMMARY_MESSAGES } from '../../src/core/summary/messages';
import { runCli, tempDir } from '../support/cli';
import { workbookBytes } from '../support/workbookSpec';

/** Every text the annotated copy adds: the summary sheet's cells and every cell note. */
async function writtenTexts(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const note = cell.note;
        if (typeof note === 'string') texts.push(note);
        else if (note?.texts) texts.push(note.texts.map((run) => run.text).join(''));
        if (sheet.name === '对账摘要') texts.push(cell.text);
      }),
    );
  });
  return texts;
}

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.stringOf(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max });

/** A resident ID (18 with an optional X, or 15) or a bank card number (16 to 19 digits). */
const idLike = fc.oneof(
  fc.tuple(digits(17, 17), fc.constantFrom('0', '7', 'X', 'x')).map(([head, last]) => head + last),
  digits(15, 15),
  digits(16, 19),
);

/** Text around an ID: Latin letters and digits run straight into it, as in `ID430202…`. */
const around = fc.stringOf(fc.constantFrom(...'IDNoab号码卡慰问职工 '), { maxLength: 4 });
const withId = fc
  .tuple(around, idLike, around)
  .map(([before, id, after]) => ({ text: `${before}${id}${after}`, id }));

describe('privacy: IDs and card numbers in every field are masked in every output', () => {
  it('in an ID after a Latin letter, and inside a group name followed by its head count', () => {
    expect(maskIds('ID430202199404047775')).toBe('ID430202********7775');
    // zh-CN writes 「{group}{headcount}名」: masked before joining, the count stays readable.
    expect(maskIds('困难职工ID430202199404047775') + '5名').toBe('困难职工ID430202********77755名');
    // A 15-digit run of full-width digits is an ID too.
    expect(maskIds('４３０２０２１９９４０４０４７')).toBe('４３０２０２*****４０４７');
  });

  it('the summary masks a group name before writing its head count after it', () => {
    const sentence = SUMMARY_MESSAGES['zh-CN'].line({
      project: '两节慰问',
      group: '困难职工ID430202199404047775',
      headcount: 5,
      standard: '300',
      amount: '1500.00',
      perCapita: null,
      funding: [],
    });
    expect(sentence).toContain('困难职工ID430202********77755名');
  });

  it('the property: stdout, stderr, the JSON and the annotated copy show no run of 15+ digits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          budgetSheet: withId,
          linesSheet: withId,
          project: withId,
          group: withId,
          label: withId,
          file: withId,
          typed: withId,
        }),
        async (f) => {
          const folder = tempDir();
          const project = `${f.project.text}慰问`;
          const input = path.join(folder, `${f.file.text}.xlsx`);
          writeFileSync(
            input,
            await workbookBytes({
              sheets: [
                {
                  name: `预算${f.budgetSheet.text}`.slice(0, 31),
                  rows: [
                    ['单位：元'],
                    ['项目', '预算数', '执行数'],
                    [project, 120000, 100000],
                    [f.label.text, 5000, 5000],
                    ['合计', 125000, 105001],
                  ],
                },
                {
                  name: `发放${f.linesSheet.text}`.slice(0, 31),
                  rows: [
                    ['单位：元'],
                    ['项目', '慰问对象', '人数', '标准（元/人）', '金额'],
                    [project, f.group.text, 5, 300, 1600],
                    [project, `${f.group.text}乙`, 2, 300, f.typed.text],
                  ],
                },
              ],
            }),
          );
          const out = path.join(folder, `${f.file.text}.annotated.xlsx`);
          const json = path.join(folder, `${f.file.text}.json`);
          const result = await runCli([input, '--out', out, '--json', json]);
          expect(result.stderr).toBe('');
          expect(result.code).toBe(1);
          const outputs = [
            result.stdout,
            result.stderr,
            readFileSync(json, 'utf8'),
            ...(await writtenTexts(out)),
          ];
          for (const output of outputs) expect(showsIdLike(output)).toBe(false);
          // The fields did reach the outputs, masked.
          const report = readFileSync(json, 'utf8');
          expect(report).toContain(maskId(f.linesSheet.id));
          expect(report).toContain(maskId(f.file.id));
          expect(result.stdout).toContain(maskId(f.budgetSheet.id));
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
