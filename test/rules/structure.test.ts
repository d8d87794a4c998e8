import { describe, expect, it } from 'vitest';
import { lint } from '../../index.ts';

/**
 * How published policy text is built, read the way a reviewer reads it: headings, purpose statements,
 * FAQ answers, savings clauses and list lead-ins on one side; statements of practice, long conditions and
 * anti-sanctuary negatives on the other. Every case is written in the project's own words with the shape
 * of real text; each case's last line is the one judged.
 */
const SECONDARY = new Set(['inclusive-language', 'plain-language', 'missing-provision']);

async function categoriesOnLastLine(text: string, kind: 'general-order' | 'bulletin' | 'outreach' = 'general-order'): Promise<string[]> {
  const lines = text.split('\n');
  const last = lines.length - (lines.at(-1) === '' ? 1 : 0);
  const { messages } = await lint(text, { kind });
  return [...new Set(messages.filter((m) => !SECONDARY.has(m.category) && m.line === last).map((m) => m.category))];
}

function check(cases: [string, string | null][], kind?: 'general-order' | 'bulletin' | 'outreach'): void {
  it.each(cases)('%s → %s', async (text, category) => {
    const found = await categoriesOnLastLine(text, kind);
    if (category === null) expect(found).toEqual([]);
    else expect(found).toContain(category);
  });
}

describe('headings, titles and subject lines name the topic', () => {
  check([
    ['# County Jail: Contacts with ICE', null],
    ['# Sheriff’s Office\n\n## 287(g) Program', null],
    ['## Procedures for Checking the Immigration Status of Arrestees', null],
    ['## Holding Inmates on Immigration Detainers', null],
    ['Subject: Notifying ICE of release dates', null],
    ['RE: Honoring ICE detainers at the jail', null],
    // A heading that uses a dehumanizing term is still a finding.
    ['## Processing Criminal Aliens at Booking', 'dehumanizing-term'],
    ['# Illegal Aliens in the County Jail', 'dehumanizing-term'],
    // Text under the heading is read as usual.
    ['## 287(g) Program\n\nThe Sheriff’s Office will renew its 287(g) agreement with ICE.', 'enforcement-role'],
    ['Subject: jail procedure\n\nDeputies shall notify ICE of every inmate’s release date.', 'ice-notification'],
  ]);
});

describe('purpose statements and definitions name what they cover', () => {
  check([
    ['The purpose of this order is to set rules on officers’ contacts with ICE and the sharing of release dates.', null],
    ['The purpose of this policy is to explain when officers may consider immigration status in making decisions.', null],
    ['This directive is intended to answer questions about detainers and the sharing of information with ICE.', null],
    ['An ICE notification request is a request to tell ICE when an inmate will be released.', null],
    [
      '## Access by ICE\n\nMeans, for the purposes of civil immigration enforcement, any of the following:\n\n- Answering an ICE request to hold an inmate.',
      null,
    ],
    ['Means any of the following:\n\n- Letting ICE agents interview an inmate.\n- Giving ICE the home address of an inmate.', null],
    // A unit's mission is what the unit does, not what a document covers.
    ['The mission of the Immigration Unit is to enforce federal immigration laws in the county.', 'enforcement-role'],
    // A purpose statement of a directive that then orders the action is still read as an order.
    [
      'The purpose of this order is to set jail procedure.\n\nDeputies shall notify ICE of every inmate’s release date.',
      'ice-notification',
    ],
    // "X is a legitimate topic" is no definition.
    ['A driver’s immigration status is a proper subject for officers to raise at a stop.', 'status-inquiry'],
    // A list under an order, not a definition, is read with its lead-in.
    ['Booking deputies shall:\n\n- Give ICE the home address of every inmate.', 'ice-notification'],
  ]);
});

describe('a prohibition “solely on the basis of immigration status” is the detention standard, not a weak trait rule', () => {
  check([
    ['No inmate shall be held solely on the basis of immigration status.', null],
    ['Officers shall not stop a driver solely because of the driver’s accent.', 'profiling'],
  ]);
});

describe('talking about a practice, or about the program, is not taking part in it', () => {
  check([
    ['As Chief, I want to share my view on the role of local police in enforcing immigration laws.', null],
    ['The town hall will focus solely on the county’s 287(g) program.', null],
    ['The Sheriff’s Office will host a 287(g) Steering Committee meeting on Monday.', null],
    ['- The 287(g) program can only operate inside the county jail.', null],
    ['The 287(g) Jail Model applies only to people already booked into the jail on criminal charges.', null],
    ['The 287(g) program allows a state or local agency to enter into a partnership with ICE.', null],
    ['The sheriff met with ICE agents on Monday about what is called the 287(g) program.', null],
    ['Deputies shall investigate crimes without regard for a person’s immigration status.', null],
    // The same shapes, taking part.
    [
      'The 287(g) program allows our office to enter into a partnership with ICE and receive delegated authority for immigration enforcement.',
      'enforcement-role',
    ],
    ['The Sheriff’s Office will renew its 287(g) agreement with ICE.', 'enforcement-role'],
    ['Deputies will enforce federal immigration laws in the county jail.', 'enforcement-role'],
    ['Deputies shall answer questions from ICE agents and notify ICE of release dates.', 'ice-notification'],
  ]);
});

describe('what another body does, what the department receives, and emergency help', () => {
  check([
    [
      'B. JURISDICTION: The U.S. Department of Homeland Security’s Immigration and Customs Enforcement (ICE) has primary responsibility to enforce federal immigration laws.',
      null,
    ],
    ['ICE retains sole authority to enforce civil immigration law.', null],
    ['Any equipment the unit needs will be supplied by ICE.', null],
    ['Assistance to ICE will be provided only in response to officer safety issues or emergency calls.', null],
    ['Deputies shall answer emergency calls from any agency, including one conducting an immigration operation.', null],
    // Giving, taking part, or the department as the body.
    ['The Sheriff’s Office has primary responsibility to enforce federal immigration laws in the jail.', 'enforcement-role'],
    ['Inmate release dates will be supplied to ICE by the records unit.', 'ice-notification'],
    ['Assistance to ICE will be provided during immigration sweeps.', 'enforcement-role'],
    ['When ICE agents conduct an operation in the city, patrol units will assist ICE agents.', 'enforcement-role'],
  ]);
});

describe('a status check after a criminal arrest is a status check, not a civil detention', () => {
  check(
    [
      ['- Only people who have been arrested and brought to the jail are screened to check their immigration status.', 'status-inquiry'],
      ['Officers may prolong a stop while dispatch checks whether the driver is lawfully present.', 'civil-detention'],
    ],
    'outreach',
  );
  it('does not call the arrest a civil detention', async () => {
    expect(
      await categoriesOnLastLine('Inmates booked into the jail are screened to verify their immigration status.', 'outreach'),
    ).not.toContain('civil-detention');
  });
});

describe('conditions and causatives around the directive', () => {
  check([
    // A broad condition under which the prohibition lapses swallows it; a narrow one keeps it.
    ['Absent a separate law enforcement reason, deputies shall not ask anyone about immigration status.', 'status-inquiry'],
    ['Absent a judicial warrant, deputies shall not ask anyone about immigration status.', null],
    // "have X determined": the participle is the directed action.
    ['Every person booked into the jail shall have the person’s immigration status determined before release.', 'status-inquiry'],
    ['Deputies shall have the vehicle towed before the driver is released.', null],
    ['No victim shall have the victim’s immigration status verified.', null],
  ]);
});

describe('anti-sanctuary clauses in negative form, and adverbial clauses with their own verb', () => {
  check([
    [
      'Nothing in this order shall limit the enforcement of federal immigration law to less than the full extent permitted by federal law.',
      'enforcement-role',
    ],
    [
      'Under no circumstances will this section limit the enforcement of immigration laws to less than the full extent the law permits.',
      'enforcement-role',
    ],
    [
      'The county will not restrict the enforcement of immigration laws to less than the full extent permitted by federal law.',
      'enforcement-role',
    ],
    [
      'It is the policy of the jail to cooperate with immigration authorities to the extent that doing so does not violate any law.',
      'enforcement-role',
    ],
    ['Officers shall limit the use of force to the least amount needed.', null],
    ['It is the policy of this office that deputies do not ask about immigration status.', null],
    ['The jail does not share release dates with ICE, so that victims and witnesses can trust the jail.', null],
  ]);
});

describe('statements of practice in the past tense: the agency joining the program', () => {
  check(
    [
      [
        'In 2019 the Sheriff’s Office and ICE signed a memorandum setting out how the 287(g) program will run at the jail.',
        'enforcement-role',
      ],
      ['The Sheriff made formal application for the 287(g) program in 2020, and ICE approved it a year later.', 'enforcement-role'],
      ['Last week the Sheriff sent a letter to ICE to initiate the county’s participation in the 287(g) program.', 'enforcement-role'],
      // Past steps out of the program, or a visit, are no part in it.
      ['The Sheriff ended the county’s 287(g) agreement in 2021.', null],
      ['The Sheriff toured the 287(g) operation at a neighbouring jail last spring.', null],
    ],
    'outreach',
  );
});

describe('a capitalised word inside a name is no verb', () => {
  check([['Deputies shall support ICE agents during immigration sweeps.', 'enforcement-role']]);
  it('reads “Support Center” as part of a name', async () => {
    const found = await categoriesOnLastLine(
      'The jail shall send a query to the Law Enforcement Support Center of Immigration and Customs Enforcement.',
    );
    expect(found).not.toContain('enforcement-role');
  });
});

describe('a term with a possessive or a slashed alternative is still the term', () => {
  check([
    ['Victims may ask to be told of a criminal alien’s release from custody.', 'dehumanizing-term'],
    ['Detectives shall investigate complaints about illegal/undocumented aliens.', 'dehumanizing-term'],
    ['Officers shall return each undocumented person’s property at release.', null],
  ]);
});
