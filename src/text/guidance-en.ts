import type { Guidance } from './guidance-types.js';

const ANYTHING_ELSE = 'Is there anything you would like to bring up that I have not asked about?';
const NO_PROMISES = 'Don’t promise what you cannot deliver; say what you will look into and when you will come back.';

/** Suggested questions and pitfalls per talk type, from the two field guides (SPEC §3). */
export const GUIDANCE_EN: Guidance = {
  types: {
    'follow-up': {
      questions: [
        'When we last talked we agreed a plan. How has it gone for you since?',
        'Which of the agreed actions worked, and which did not happen? What got in the way?',
        'Here is how your numbers have moved since then. How do you read them?',
        'Did you get the support we agreed on? What else would help?',
        'Should we keep the plan, change the target, or close it?',
        ANYTHING_ELSE,
      ],
      avoid: [
        'Don’t treat a target not yet met as a failure: look at the progress and what got in the way.',
        'Don’t add new targets before you have reviewed the agreed ones.',
      ],
    },
    'new-hire': {
      questions: [
        'How are your first weeks going? What has surprised you most about the job?',
        'What difficulty can I help you with right now?',
        'How did the training feel? What was missing or unclear when you started taking calls?',
        'How are you finding the number of calls and the pace of the work?',
        'Which customers or calls leave you frustrated? How do you handle them?',
        'Everyone is slower than the experienced colleagues at first. How do you feel about your progress so far?',
        'Does your shift suit you? Is anything about the schedule hard to manage?',
        'How is your voice holding up at the end of a shift?',
      ],
      avoid: [
        'Don’t ask for their opinion of the company, its policies or its management: it is too early and puts them on the spot.',
        'Don’t compare their numbers with experienced colleagues’.',
        'Don’t judge them on KPI targets yet; they are still learning.',
        'Don’t bury them in feedback: pick one or two things to work on.',
      ],
    },
    'top-performer': {
      questions: [
        'How are things going for you at the moment? What is on your mind about your work?',
        'What do you do that makes your calls go well? Would you show the team how you do it? You will get the credit.',
        'What would you change to make the team work better?',
        'Is there a goal outside your daily calls you would like to take on in the next few months, such as running a training session, mentoring a new hire or trying another role?',
        'How satisfied are you with your work here, from 1 to 10? What would make it a 10?',
        'Would you be interested in a team-lead or other management role one day?',
        'How do you feel about your pay for the results you bring?',
      ],
      avoid: [
        'Don’t reward good work with just more work.',
        'Don’t pass their methods on to the team without giving them the credit.',
        'Don’t promise a promotion or a raise you cannot deliver.',
        'Don’t let it become a chat of compliments only: ask for their ideas too.',
      ],
    },
    'swing-up': {
      questions: [
        'Your results went up clearly in the latest period. What changed for you?',
        'What did you try that worked? Could others on the team use it too?',
        'What helped you most: coaching, a tool, a colleague, your schedule?',
        'Would you be willing to share your approach with the team?',
        'What would help you keep it up?',
        'Is anything still getting in your way?',
      ],
      avoid: [
        'Encourage without overdoing it: keep the praise specific and sincere.',
        'Don’t raise their targets on the spot.',
        'Don’t compare them with colleagues who are struggling.',
      ],
    },
    'swing-down': {
      questions: [
        'Your results dropped in the latest period. How have things been for you at work?',
        'What has changed in your calls or your work recently?',
        'Is something about the team, the schedule or the tools making your work harder?',
        'How are things with your colleagues in the team?',
        'What support would help you most right now: coaching, listening to calls together, a schedule change?',
        'What would a good week look like for you next week?',
        'Is there anything we can do to make the next few weeks easier for you?',
      ],
      avoid: [
        'Don’t open with blame or use the numbers as an accusation: ask first, then listen.',
        'Don’t assume the cause before you have listened.',
        'Don’t dig into private life; if the cause is personal, thank them and ask the team lead to give extra care.',
        'Don’t announce consequences or a performance plan in this talk.',
      ],
    },
    'lead-flag': {
      questions: [
        'How are you doing? How have the last couple of weeks been for you?',
        'What has been the hardest part of work lately?',
        'Is there something at work you would like to change?',
        'How do you see your future here? What would make you want to stay?',
        'What could I do to help?',
        ANYTHING_ELSE,
      ],
      avoid: [
        'Never discuss, judge or undermine the team lead’s management; if they criticise the team lead, listen and take notes without agreeing or defending.',
        'Don’t interrupt or argue: let them talk.',
        NO_PROMISES,
        'Don’t make it feel like a warning or a disciplinary meeting.',
      ],
    },
    exit: {
      questions: [
        'What made you decide to leave?',
        'What did you like about working here?',
        'How did you find the support from your team and from the company?',
        'What should we change in the team to keep good people?',
        'Is there anything we could have done differently?',
        'Is there anything you would like to hand over or pass on to your colleagues before you go?',
      ],
      avoid: [
        'Don’t push to change their mind: keeping them is rarely possible now, and it spoils an honest conversation.',
        'Don’t argue with or defend against their criticism: thank them for it.',
        'Don’t repeat what they say to the team in a way that identifies them.',
      ],
    },
    routine: {
      questions: [
        'How are things going at work at the moment?',
        'What is the hardest part of your job right now?',
        'What would make your work easier?',
        'Where would you like to be in a year or two? What would help you get there?',
        'What training would you like?',
        'What are you proud of since our last talk?',
        ANYTHING_ELSE,
      ],
      avoid: [
        'Don’t turn it into a performance review: it is a routine talk.',
        'Don’t talk more than they do.',
        NO_PROMISES,
      ],
    },
    core: {
      questions: [
        'Where do you see your career going here? What next step would you like?',
        'Do your pay and your position fit the work you do and the results you bring? What would feel fair?',
        'Do you feel your work is recognised? How would you like it to be recognised?',
      ],
      avoid: ['Don’t take their loyalty for granted or leave a question about pay or promotion hanging: say when you will come back with an answer.'],
    },
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
