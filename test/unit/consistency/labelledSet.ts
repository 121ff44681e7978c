/**
 * A labelled set for the consistency check, written by hand as short drafts. Each case either
 * holds one real disagreement (`disagree` lists the figures as written that must be reported
 * together) or is a near miss that must not be reported (`disagree` empty). Every kind of fact
 * the issue lists has both: year opened, budget, vote count, age, employees, duration, price;
 * and every kind of near miss: the same value in another form, different subjects sharing a
 * unit, change over time stated as such, and approximations.
 */
export interface LabelledCase {
  name: string;
  text: string;
  /** Figures (as written) that disagree; empty for a near miss. */
  disagree: string[];
}

/** Written after the rules were tuned on LABELLED_CASES and never tuned against: an honest second measure. */
export const HELD_OUT_CASES: LabelledCase[] = [
  { name: 'held out: stadium opened', text: 'Eastfield Stadium opened in 1923 with a friendly against Leeds.\n\nThe club left Eastfield Stadium, which opened in 1925, only in 2009.', disagree: ['1923', '1925'] },
  { name: 'held out: school budget', text: 'The school has an annual budget of £1.2m. Governors said the £1.4m budget leaves no room for repairs.', disagree: ['£1.2m', '£1.4m'] },
  { name: 'held out: senate vote', text: 'The Senate passed the bill 52-48 late on Thursday. Every Democrat backed the bill, which passed 51-49.', disagree: ['52-48', '51-49'] },
  { name: 'held out: mayor age', text: 'Mayor Ellen Park, 61, announced her resignation. Park, 63, said she would stay until June.', disagree: ['61', '63'] },
  { name: 'held out: factory staff', text: 'Brightline Foods employs 320 people at its Leeds factory.\n\nAll 350 employees at the factory were sent home.', disagree: ['320', '350'] },
  { name: 'held out: trial length', text: 'The trial lasted 12 weeks. Jurors heard from 40 witnesses during the trial of 14 weeks.', disagree: ['12 weeks', '14 weeks'] },
  { name: 'held out: coffee price', text: 'A coffee at the kiosk costs $3.20. Commuters grumble about the $3.80 price.', disagree: ['$3.20', '$3.80'] },
  { name: 'held out: members', text: 'The choir has 48 members. Its 52 members rehearse twice a week.', disagree: ['48', '52'] },
  { name: 'held out near miss: two schools budgets', text: "Hill Primary's budget is £900,000. Vale Academy's budget is £1.1m.", disagree: [] },
  { name: 'held out near miss: vote restated in words', text: 'The board approved the merger 8-1. With eight votes to one, the merger passed comfortably.', disagree: [] },
  { name: 'held out near miss: age then and now', text: 'Park, 61, was first elected in 2010, when she was 47 years old.', disagree: [] },
  { name: 'held out near miss: members grew', text: 'The choir has 48 members. It grew from 30 members in 2019.', disagree: [] },
  { name: 'held out near miss: price per kilo vs per bag', text: 'Apples cost €2.40 a kilo at the market. A bag costs €4 at the supermarket nearby.', disagree: [] },
  { name: 'held out near miss: 90 minutes vs an hour and a half', text: 'The meeting lasted 90 minutes. A meeting of 1 hour and 30 minutes is long for the council.', disagree: [] },
  { name: 'held out near miss: around 300 staff', text: 'Brightline employs 320 workers. Around 300 workers joined the protest.', disagree: [] },
  { name: 'held out near miss: two trials', text: 'The first trial lasted 12 weeks. The retrial lasted 6 weeks.', disagree: [] },
  { name: 'held out near miss: opened and closed', text: 'The cinema opened in 1931. It closed in 1987 and became a bingo hall.', disagree: [] },
  { name: 'held out near miss: percent and count', text: 'The firm has 400 employees. Of its employees, 40% work from home.', disagree: [] },
];

export const LABELLED_CASES: LabelledCase[] = [
  // ---- year something opened
  { name: 'year opened: two years', text: 'The Grand Bridge opened in 1998 after a decade of planning.\n\nLocals still remember the day the bridge opened in 1996, with a brass band on the deck.', disagree: ['1998', '1996'] },
  { name: 'year founded: two years', text: 'The cooperative was founded in 1971 by six dairy farmers. Today it sells cheese across Europe. Since it was founded in 1974, it has never missed a dividend.', disagree: ['1971', '1974'] },
  { name: 'near miss: opened vs renovated', text: 'The Grand Bridge opened in 1998. It was renovated in 2015 and repainted in 2021.', disagree: [] },
  { name: 'near miss: two buildings opened', text: 'The Riverside Library opened in 1962. Its sister branch, the Hilltop Library, opened in 1978.', disagree: [] },
  { name: 'near miss: same year restated', text: 'The museum opened in 2004. Visitors have queued since the museum opened in 2004 for its dinosaur hall.', disagree: [] },

  // ---- budget
  { name: 'budget: two sums', text: "The council's budget for the year is €2.3m, officials said.\n\nCouncillors approved the council's budget of €2.8m on Tuesday.", disagree: ['€2.3m', '€2.8m'] },
  { name: 'budget: million in words', text: 'The festival has a budget of $4 million. Organisers say the $5 million budget covers security and cleaning.', disagree: ['$4 million', '$5 million'] },
  { name: 'near miss: budget as 2.3m and 2,300,000', text: 'The budget is €2.3m. In the documents, the budget appears as €2,300,000.', disagree: [] },
  { name: 'near miss: budgets of two bodies', text: "The council's budget is €2.3m. The library's budget is €400,000.", disagree: [] },
  { name: 'near miss: budget change over time', text: 'The budget is €2.5m this year. That is up from €2.3m a year earlier.', disagree: [] },
  { name: 'near miss: approximate budget', text: 'The project has a budget of €2.35m. That budget, roughly €2m, was approved in May.', disagree: [] },

  // ---- vote count
  { name: 'vote: 7-2 vs 6-3', text: 'The council approved the motion 7-2 on Monday night. Critics said the 6-3 vote on the motion ignored residents.', disagree: ['7-2', '6-3'] },
  { name: 'vote: votes to', text: 'The board passed the plan by 5 votes to 4. Two members later said they regretted the plan, which passed 6-3.', disagree: ['5 votes to 4', '6-3'] },
  { name: 'near miss: same vote written twice', text: 'The motion passed 7-2. Seven members voted in favour; the 7–2 vote ends a year of debate.', disagree: [] },
  { name: 'near miss: vote vs score', text: 'The council approved the stadium 7-2. The home side then won the opening match 3-1.', disagree: [] },

  // ---- age
  { name: 'age: comma style vs years old', text: 'Maria Okafor, 54, runs the shelter. Okafor, who is 57 years old, says funding is short.', disagree: ['54', '57 years old'] },
  { name: 'age: aged vs year-old', text: 'The driver, Tom Reyes, aged 31, was unhurt.\n\nReyes, a 33-year-old father of two, said he had braked.', disagree: ['31', '33'] },
  { name: 'near miss: ages of two people', text: 'Maria Okafor, 54, runs the shelter with her deputy, Liam Chen, 38.\n\nChen, 38, joined in 2019.', disagree: [] },
  { name: 'near miss: age restated', text: 'Ana Silva, 62, retired in June. The 62-year-old had taught for forty years.', disagree: [] },

  // ---- number of employees
  { name: 'employees: 640 vs 460', text: 'The plant employs 640 workers on three shifts.\n\nIf it closes, 460 workers will lose their jobs, the union said.', disagree: ['640', '460'] },
  { name: 'employees: synonyms', text: 'Harbour Logistics has 1,200 employees. A spokesperson for Harbour Logistics confirmed its 1,500 staff were told on Friday.', disagree: ['1,200', '1,500'] },
  { name: 'employees: words vs digits', text: 'The bakery has twelve employees. Its fifteen employees start work at 4am.', disagree: ['twelve', 'fifteen'] },
  { name: 'near miss: full-time vs part-time', text: 'The store has 40 full-time employees. It also has 25 part-time employees in the summer.', disagree: [] },
  { name: 'near miss: two companies', text: 'Northport Shipping has 640 employees. Its rival, Eastgate Freight, has 460 employees.', disagree: [] },
  { name: 'near miss: job cuts as change', text: 'The firm has 900 workers. It plans to cut 200 jobs, leaving 700 workers by spring.', disagree: [] },
  { name: 'near miss: approximately employees', text: 'The plant employs 640 workers. Nearly 600 workers attended the meeting.', disagree: [] },
  { name: 'near miss: 6,500 vs 6.5k', text: 'The hospital has 6,500 employees. With 6.5k employees, it is the largest employer in the county.', disagree: [] },

  // ---- duration
  { name: 'duration: strike length', text: 'The strike lasted 18 days and closed the port. Dockers returned after a strike of 21 days.', disagree: ['18 days', '21 days'] },
  { name: 'duration: marathon time', text: 'Her winning time was 2:21:04, a course record.\n\nThe record time of 2:22:04 stood for one day.', disagree: ['2:21:04', '2:22:04'] },
  { name: 'near miss: clock vs words', text: 'Her winning time was 2:21:04. A time of 2 hours 21 minutes and 4 seconds is a course record.', disagree: [] },
  { name: 'near miss: months vs a year and a half as change', text: 'The closure lasted 18 months. It was first expected to last 12 months.', disagree: [] },
  { name: 'near miss: two different delays', text: 'The first delay lasted 3 hours. The second delay, on the return trip, lasted 5 hours.', disagree: [] },

  // ---- price
  { name: 'price: ticket price', text: 'A ticket costs €4.50 for adults. Parents complained that the €5.50 ticket price is too high.', disagree: ['€4.50', '€5.50'] },
  { name: 'price: fare', text: 'The new bus fare is $2.75. Riders will pay the $2.50 fare from Monday.', disagree: ['$2.75', '$2.50'] },
  { name: 'near miss: prices of two things', text: "The adults' ticket price is €4.50. The children's ticket price is €2.", disagree: [] },
  { name: 'near miss: price rise', text: 'The ticket costs €4.50. That is up from €4 last year.', disagree: [] },
  { name: 'near miss: price in two currencies', text: 'A ticket costs €4.50. The ticket costs €4.50 at the door as well.', disagree: [] },

  // ---- same value, other form
  { name: 'near miss: vehicles a day vs daily', text: 'The bridge carries 38,000 vehicles a day. Because it carries 38,000 vehicles daily, repairs are done at night.', disagree: [] },
  { name: 'near miss: six thousand five hundred', text: 'The festival sold 6,500 tickets. Six thousand five hundred tickets is a record.', disagree: [] },

  // ---- approximations
  { name: 'near miss: one in three vs 31%', text: 'Roughly one in three residents rent their home. The census puts the share at 31%.', disagree: [] },
  { name: 'near miss: about vs exact members', text: 'The union has 1,240 members. About 1,000 members voted.', disagree: [] },
  { name: 'near miss: more than vs exact', text: 'The clinic treated 5,218 patients last winter. It now sees more than 5,000 patients a year.', disagree: [] },

  // ---- counts of other things
  { name: 'ships: 74 vs 47', text: 'The port strike stranded 74 ships in the bay. By Friday, the 47 ships still at anchor had run low on fuel.', disagree: ['74', '47'] },
  { name: 'beds: two counts', text: 'St Mary’s hospital has 320 beds. Nurses say the hospital’s 280 beds are always full.', disagree: ['320', '280'] },
  { name: 'residents: two counts', text: 'The village has 850 residents. All 950 residents received a letter.', disagree: ['850', '950'] },
  { name: 'near miss: counts of two villages', text: 'Upper Marsh has 850 residents. Lower Marsh has 1,100 residents.', disagree: [] },
  { name: 'near miss: ship sizes', text: 'The ferry carries 800 passengers. The smaller ferry carries 300 passengers.', disagree: [] },
  { name: 'near miss: range', text: 'The hall seats between 400 and 600 people. Each of the 450 seats has a good view.', disagree: [] },
];
