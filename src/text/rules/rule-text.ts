import type { Lang } from '../../model/lang.js';
import type { Settings } from '../../model/settings.js';
import type { Day, EvidenceOf, RuleId } from '../../model/types.js';

/** What a rule's sentences may know besides the finding's evidence. */
export interface TextContext {
  today: Day;
  /** Every rule's label in this language (a follow-up names the talk that agreed its plan). */
  labels: Record<RuleId, string>;
}

/** Every sentence of one rule in one language. */
export interface RuleText<K extends RuleId = RuleId> {
  /** The talk type's name: Schedule's `Talk type`, the prep sheet, the CLI tables. */
  label: string;
  /** What makes it fire and when it is due, rendered from the settings' current values. */
  describe(s: Settings): string;
  /** One line for the Schedule's `Reasons` column and terminal tables. */
  reason(e: EvidenceOf<K>, at: TextContext): string;
  /** The prep sheet's evidence in full sentences (the due date is added after them). */
  evidence(e: EvidenceOf<K>, at: TextContext): string[];
  /** Suggested questions for the talk, from the field guides (SPEC §3). */
  questions: string[];
  /** What to avoid in the talk. */
  avoid: string[];
}

/** One rule's sentences in every language: the one text file of a rule (src/text/rules/<id>.ts). */
export type RuleTexts<K extends RuleId = RuleId> = Record<Lang, RuleText<K>>;
