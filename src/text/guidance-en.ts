import type { Guidance } from './guidance-types.js';

/**
 * Core staff's questions and pitfalls, and what holds for every talk, from the two field guides
 * (SPEC §3). Each rule's own are in its text file, src/text/rules/<id>.ts.
 */
export const GUIDANCE_EN: Guidance = {
  core: {
    questions: [
      'Where do you see your career going here? What next step would you like?',
      'Do your pay and your position fit the work you do and the results you bring? What would feel fair?',
      'Do you feel your work is recognised? How would you like it to be recognised?',
    ],
    avoid: ['Don’t take their loyalty for granted or leave a question about pay or promotion hanging: say when you will come back with an answer.'],
  },
  always: {
    before: [
      'The team lead sees the list in advance (Team leads sheet) and can add questions.',
      'The team lead tells the agent the time, the place and the topic, and that it is a routine talk.',
    ],
    during: [
      'Plan 30–60 minutes and keep to it.',
      'Use a quiet, neutral room, not your office; no interruptions.',
      'Talk about work, not private life.',
      'Bring a notebook and a pen and take notes.',
      'Listen more than you talk.',
      'Praise what is going well, with a concrete example.',
    ],
    after: [
      'Record the talk in the Schedule sheet (Held, Held on, Issue category, Issue, Notes), then run “talks record”.',
      'Route each issue to its owner: skill → QA and training; mood or attitude → team lead; shift or schedule → workforce management; QA standards → QA; pay or career → HR; anything else → manager.',
      'Tell the team lead the result.',
    ],
  },
};
