/** Small, valid inputs the bad cases start from. */
export const ROSTER_CSV = 'Agent ID,Name,Team,Team Lead,Hire Date,Status\nA1,Ann Lee,T1,Li Na,2024-01-08,Active\nA2,Bo Chen,T1,Li Na,2023-05-02,Active\nA3,Chloe O\'Neill,T2,Wang Wei,2022-03-15,Active\n';
export const KPI_CSV = 'Agent ID,Week,Calls,AHT,CSAT\nA1,2026-11-02,420,05:10,91%\nA2,2026-11-02,400,05:40,88%\nA3,2026-11-02,380,04:50,93%\nA1,2026-11-09,410,05:05,92%\nA2,2026-11-09,395,05:45,86%\nA3,2026-11-09,390,04:55,94%\n';
export const TODAY = ['--today', '2026-11-23'];

/** The roster with one more row (or a changed header) in place. */
export const rosterWith = (rows: string, header = 'Agent ID,Name,Team,Team Lead,Hire Date,Status') => `${header}\n${rows}`;

export const MANAGERS_CSV = 'Agent ID,Name,Team,Team Lead,Manager,Hire Date\nA1,Ann,T1,Li,Zhou,2024-01-08\nA2,Bo,T1,Li,Qian,2023-05-02\n';
export const CALENDAR_CSV = 'Date,Type\n2026-11-24,holiday\n';
