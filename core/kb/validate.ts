/**
 * Validates knowledge-base source files. Pure: it takes file names and their
 * text, and returns the records with every problem found (not only the first),
 * each naming the file, the field and what to fix.
 */
import { parse, YAMLParseError } from 'yaml';
import type * as z from 'zod/mini';
import {
  RECORD_KINDS,
  type ChecklistItem,
  type Guidance,
  type Intervention,
  type KnowledgeBase,
  type LabelledPassages,
  type RecordKind,
} from '../schema';
import { CHECKLIST_IDS, CHECKLIST_STEPS, FORM_GROUNDS, type Form, type Ground } from '../taxonomy';

export interface SourceFile {
  /** Path relative to the repository, e.g. `data/interventions/x.yaml`. */
  path: string;
  kind: RecordKind;
  text: string;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** The records of data/'s four kinds. */
export type Records = Omit<KnowledgeBase, 'version' | 'learned' | 'passages'>;
/** What the build turns into a snapshot: the records and what `npm run learn` wrote (data/learned/), where there is. */
export type KnowledgeBaseSource = Omit<KnowledgeBase, 'version'>;

export function formatProblem(p: Problem): string {
  return p.field ? `${p.file}: ${p.field} ${p.message}` : `${p.file}: ${p.message}`;
}

/** Turns a zod issue into words a policy expert can act on. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_value':
      return `is ${JSON.stringify(value)}, which is not allowed; use one of: ${issue.values.join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}; remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
    case 'invalid_type':
      return value === undefined ? 'is missing' : `has the wrong type: ${issue.message}`;
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) v = v != null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

const fieldName = (path: PropertyKey[]) =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');

function parseYaml(file: SourceFile, problems: Problem[]): unknown {
  try {
    return parse(file.text, { uniqueKeys: true, prettyErrors: true });
  } catch (err) {
    const message = err instanceof YAMLParseError ? err.message.split('\n')[0] : String(err);
    problems.push({ file: file.path, field: '', message: `is not valid YAML: ${message}` });
    return undefined;
  }
}

/** Validates all files at once; records come back only for files without problems. */
export function validateFiles(files: SourceFile[]): { records: Records; problems: Problem[] } {
  const problems: Problem[] = [];
  const records: Records = { interventions: [], guidance: [], checklist: [], council: [] };
  const seen = new Map<string, string>();

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const data = parseYaml(file, problems);
    if (data === undefined) continue;
    const result = RECORD_KINDS[file.kind].safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: file.path, field: fieldName(issue.path), message: describeIssue(issue, valueAt(data, issue.path)) });
      }
      continue;
    }
    const record = result.data;
    const base = file.path
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, '');
    if (base !== record.id) {
      problems.push({
        file: file.path,
        field: 'id',
        message: `is "${record.id}" but the file is named "${base}"; name the file ${record.id}.yaml`,
      });
    }
    const key = `${file.kind}:${record.id}`;
    const other = seen.get(key);
    if (other) {
      problems.push({ file: file.path, field: 'id', message: `"${record.id}" is already used by ${other}; every id must be unique` });
      continue;
    }
    seen.set(key, file.path);
    if (base !== record.id) continue;
    if ('forms' in record && record.forms) {
      const formProblems = formGroundProblems({ forms: record.forms, grounds: record.grounds ?? [] });
      for (const message of formProblems) problems.push({ file: file.path, field: 'grounds', message });
      if (formProblems.length) continue;
    }
    if (file.kind === 'checklist') {
      const item = record as ChecklistItem;
      if (item.step !== CHECKLIST_STEPS[item.id]) {
        problems.push({
          file: file.path,
          field: 'step',
          message: `is "${item.step}" but checklist item ${item.id} belongs to step "${CHECKLIST_STEPS[item.id]}"`,
        });
        continue;
      }
    }
    (records[file.kind] as unknown[]).push(record);
  }
  checkCompleteChecklist(files, problems);
  // The checklist in the spec's order: the order of the six steps.
  records.checklist.sort((a, b) => CHECKLIST_IDS.indexOf(a.id) - CHECKLIST_IDS.indexOf(b.id));
  return { records, problems };
}

/** A record about a specific form of discrimination also carries that form's ground (spec, round 2). */
export function formGroundProblems(record: { forms: Form[]; grounds: Ground[] }): string[] {
  return record.forms.flatMap((form) => {
    const needed: readonly Ground[] = FORM_GROUNDS[form];
    if (needed.some((g) => record.grounds.includes(g))) return [];
    const list = needed.length > 1 ? `${needed[0]} (or ${needed.slice(1).join(' or ')})` : needed[0];
    return [`misses ${list}, the ground of form "${form}": add it to grounds, or remove ${form} from forms`];
  });
}

/** Every one of the 24 checklist ids needs its file (only when the checklist folder is being checked at all). */
function checkCompleteChecklist(files: SourceFile[], problems: Problem[]) {
  const checklistFiles = files.filter((f) => f.kind === 'checklist');
  if (checklistFiles.length === 0) return;
  const dir = checklistFiles[0].path.replace(/[^/]+$/, '');
  const present = new Set(
    checklistFiles.map((f) =>
      f.path
        .split('/')
        .pop()!
        .replace(/\.ya?ml$/, ''),
    ),
  );
  const missing = CHECKLIST_IDS.filter((id) => !present.has(id));
  if (missing.length) {
    problems.push({
      file: dir,
      field: '',
      message: `misses ${missing.length} of the 24 checklist items: ${missing.join(', ')} (each needs <id>.yaml)`,
    });
  }
}

/** Validates a file `npm run learn` writes (data/learned/): the file, the field and the problem, and how to mend it. */
export function validateLearned<T>(path: string, text: string, schema: z.ZodMiniType<T>): { value?: T; problems: Problem[] } {
  const again = 'run npm run learn to write it again';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { problems: [{ file: path, field: '', message: `is not valid JSON (${(err as Error).message}); ${again}` }] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file: path,
      field: fieldName(issue.path),
      message: `${describeIssue(issue, valueAt(data, issue.path))}; ${again}`,
    })),
  };
}

/** Labelled passages pick interventions and do's and don'ts by id: every id must be a record of data/ (a renamed record needs a new npm run learn). */
export function unknownPicks(passages: LabelledPassages, records: { interventions: Intervention[]; guidance: Guidance[] }): Problem[] {
  return (['interventions', 'guidance'] as const).flatMap((list) => {
    const known = new Set<string>(records[list].map((r) => r.id));
    return passages.passages.flatMap((p, i) =>
      p[list]
        .filter((id) => !known.has(id))
        .map((id) => ({
          file: 'data/learned/passages.json',
          field: `passages[${i}].${list}`,
          message: `names "${id}", which data/${list} does not have; run npm run learn to write it again`,
        })),
    );
  });
}
