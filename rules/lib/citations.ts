import type { Citation } from '../../core/types.ts';

/** Sources the rules cite (facts from DOMAIN.md's source list, summarised in the project's words). */
export const citations = {
  sfGo515: {
    title: 'San Francisco Police Department General Order 5.15, Enforcement of Immigration Laws (rev. 2017)',
    note: 'No stops, questioning or detention based on national origin, foreign appearance, inability to speak English or immigration status; no status inquiries or document demands; no help to civil immigration enforcement.',
  },
  minneapolis: {
    title: 'Minneapolis Police Department Special Order 9-114 (2018); Minneapolis Code of Ordinances §§ 19.10–19.50',
    note: 'No law enforcement action to detect undocumented persons or verify status (§ 19.30), except where status is an element of the crime, such as trafficking or smuggling; the policy is sent to all officers every year.',
  },
  caValuesAct: {
    title: 'California Government Code § 7284.6 (California Values Act, SB 54, 2017)',
    note: 'No inquiries into status, no holds on detainers, no release-date notifications, no arrests on civil immigration warrants, no 287(g) functions, no immigration agents as interpreters; § 7284.6(e) keeps 8 U.S.C. § 1373 information exchange.',
  },
  caTruthAct: {
    title: 'California Government Code §§ 7283–7283.1 (TRUTH Act)',
    note: 'Written consent notice before an immigration interview of a person in custody.',
  },
  washington: {
    title: 'Washington RCW 10.93.160 (Keep Washington Working Act, 2019)',
    note: 'No inquiry into immigration status or place of birth unless tied to a criminal investigation; no responses to notification requests; no 287(g) agreements.',
  },
  arizona: {
    title: 'Arizona A.R.S. § 11-1051(B) (SB 1070 § 2(B), 2010); Arizona v. United States, 567 U.S. 387 (2012)',
    note: 'The canonical "determine the immigration status" mandate that trust policies are written against.',
  },
  texas: {
    title: 'Texas Government Code ch. 752 (SB 4, 2017); former Code of Criminal Procedure art. 2.251',
    note: 'Detainer-compliance and "cooperate fully" language of the kind trust policies avoid.',
  },
  uVisa: {
    title: 'INA § 101(a)(15)(U); 8 CFR 214.14',
    note: 'The U visa requires a certification (Form I-918 Supplement B) from the agency head or a specifically designated supervisor; it must be signed within six months before filing; it does not itself grant status.',
  },
  tVisa: {
    title: 'INA § 101(a)(15)(T)',
    note: 'The T visa declaration (Form I-914 Supplement B) is optional evidence for trafficking victims; USCIS decides the case.',
  },
  certificationStatutes: {
    title: 'California Penal Code § 679.10 (SB 674, 2015); Minnesota Stat. § 611A.95; Utah Code § 77-38-503',
    note: 'Certification decisions within 90 days (14 if the victim is in removal proceedings); no charge, prosecution or conviction required.',
  },
  languageAccess: {
    title: 'Title VI, Civil Rights Act of 1964; Executive Order 13166; DOJ LEP guidance, 67 Fed. Reg. 41455 (2002)',
    note: 'Competent interpreters at no cost; avoid family members, children and other ad-hoc interpreters.',
  },
  taskForce: {
    title: 'President’s Task Force on 21st Century Policing, Final Report (2015), recommendation 1.9',
    note: 'Build trust with immigrant communities by decoupling local policing from federal immigration enforcement.',
  },
  iacp: {
    title: 'IACP Trust Building Campaign (2022); IACP resolution on U visa certification and T visa declarations (2018)',
  },
  niwap: {
    title: 'NIWAP model policy on interactions with immigrant crime victims and U/T visa certification (2017)',
  },
  apStylebook: {
    title: 'AP Stylebook (2013 change on "illegal immigrant")',
    note: 'Describe people, not their legal status as a noun; federal usage has changed over time, so this is a wording suggestion, not a federal mandate.',
  },
} satisfies Record<string, Citation>;
