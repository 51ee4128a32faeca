import type { CheckDefinition, CheckModules } from '../check';

/** Every check's id: the keys the check modules file themselves under (see `CheckModules`). */
export type CheckId = Extract<keyof CheckModules, string>;

/** Ids under which a module of another id is filed (a copied neighbour, say): none, or this file does not compile. */
type Misfiled = { [Id in CheckId]: CheckModules[Id] extends CheckDefinition<Id, infer _Own> ? never : Id }[CheckId];
type NoneOf<T extends never> = T;
export type MisfiledChecks = NoneOf<Misfiled>;

// Each check has a fact type of its own; the runner treats them alike.
type RegisteredCheck = CheckDefinition<CheckId, any>;

const modules = import.meta.glob<RegisteredCheck>(['./*.ts', '!./index.ts', '!./make-result.ts', '!./reach-shared.ts'], {
  eager: true,
  import: 'default',
});

/**
 * Every environment check, in report order (each module's `order`): the popup, the panel, the
 * saved report, the case code and the FAQ's related checks all take ids, titles and order from
 * here. A new check is one module: id, order, title, the facts it needs or collects itself, a pure
 * `run`, and its `CheckModules` line; nothing lists it.
 */
export const diagnosisChecks: readonly RegisteredCheck[] = Object.values(modules).sort(
  (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);
