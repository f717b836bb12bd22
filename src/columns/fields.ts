import type { MetricId } from '../model/types.js';

export type FieldId =
  | 'agentId'
  | 'name'
  | 'team'
  | 'lead'
  | 'hireDate'
  | 'status'
  | 'leavingDate'
  | 'lastTalk'
  | 'flag'
  | 'flagDate'
  | 'manager'
  | 'shift'
  | 'shiftStart'
  | 'shiftEnd'
  | 'period'
  | MetricId
  | CallLogField;

/**
 * Columns of raw per-call logs, turned into metrics as rows are folded: each row with a call id
 * is one call, a 1–5 rating feeds CSAT, a resolved flag feeds FCR, unanswered calls are skipped.
 */
export type CallLogField = 'callId' | 'answered' | 'rating' | 'resolved';
export const CALL_LOG_FIELDS: readonly CallLogField[] = ['callId', 'answered', 'rating', 'resolved'];

/** Extra header aliases per field, e.g. from the config file. */
export type ExtraAliases = Partial<Record<FieldId, readonly string[]>>;

interface FieldSpec {
  /** How messages name the field ("No hire date column"). */
  label: string;
  /** The aliases SPEC.md lists; shown to users when the column is missing. */
  primary: readonly string[];
  /** Further headers seen in real HR, ACD, WFM and QA exports. */
  extra: readonly string[];
}

const FIELDS: Record<FieldId, FieldSpec> = {
  agentId: {
    label: 'agent ID',
    primary: ['Agent ID', 'Agent', 'Employee ID', 'ID', '工号', '员工编号', '坐席工号', '座席工号'],
    extra: [
      'EmpID', 'Emp ID', 'Employee Number', 'Employee No', 'Emp No', 'Staff ID', 'Staff No', 'Agent Number',
      'Agent No', 'Agent Code', 'User ID', 'Login ID', 'Agent Login', 'Server', '员工号', '员工ID', '员工工号', '坐席ID',
      '座席ID', '坐席编号', '座席编号', '坐席号', '座席号', '人员编号', '职工编号',
    ],
  },
  name: {
    label: 'name',
    primary: ['Name', 'Agent Name', 'Full Name', '姓名', '员工姓名'],
    extra: ['Employee_Name', 'Employee Name', 'Staff Name', 'Agent Full Name', '坐席姓名', '座席姓名', '名字'],
  },
  team: {
    label: 'team',
    primary: ['Team', 'Group', 'Squad', '班组', '组别', '小组'],
    extra: ['Team Name', 'Group Name', 'Skill Group', '团队', '组', '组名', '班组名称', '所属班组', '所属组别', '技能组'],
  },
  lead: {
    label: 'team lead',
    primary: ['Team Lead', 'Lead', 'Supervisor', '组长', '班组长'],
    extra: [
      'Team Leader', 'TL', 'Team Lead Name', 'Supervisor Name', 'Leader', '组长姓名', '直属主管', '直属上级',
    ],
  },
  // A file with a manager column and no team-lead column reads it as the team lead (readHeader).
  manager: {
    label: 'manager',
    primary: ['Manager', 'Site Manager', 'Operations Manager', '主管', '经理', '客服经理', '运营经理'],
    extra: [
      'ManagerName', 'Manager Name', 'Ops Manager', 'Operations Manager Name', 'Site Manager Name', 'Centre Manager',
      'Center Manager', 'Contact Centre Manager', 'Contact Center Manager', 'Account Manager', '主管姓名', '经理姓名',
      '现场经理', '中心经理', '部门经理', '客服主管', '运营主管',
    ],
  },
  shift: {
    label: 'shift',
    primary: ['Shift', '班次'],
    extra: ['Shift Time', 'Shift Hours', 'Shift Pattern', 'Shift Name', 'Work Shift', 'Working Hours', '班别', '排班', '班次时间', '上班时段', '工作时段'],
  },
  shiftStart: {
    label: 'shift start',
    primary: ['Start', 'Shift Start', 'Start Time', '上班时间', '开始时间'],
    extra: ['Shift Start Time', 'Scheduled Start', 'Login Time', '班次开始', '上班'],
  },
  shiftEnd: {
    label: 'shift end',
    primary: ['End', 'Shift End', 'End Time', '下班时间', '结束时间'],
    extra: ['Shift End Time', 'Scheduled End', 'Logout Time', '班次结束', '下班'],
  },
  hireDate: {
    label: 'hire date',
    primary: ['Hire Date', 'Start Date', 'Joined', '入职日期', '入职时间'],
    extra: [
      'DateofHire', 'Date of Hire', 'Hired', 'Hired On', 'Hiring Date', 'Join Date', 'Joining Date', 'Date Joined',
      'Employment Date', 'Onboard Date', 'Onboarding Date', '入职', '入司日期', '入司时间', '到岗日期',
    ],
  },
  status: {
    label: 'status',
    primary: ['Status', '状态', '在职状态'],
    extra: ['EmploymentStatus', 'Employment Status', 'Employee Status', 'Emp Status', 'Agent Status', '员工状态', '人员状态'],
  },
  leavingDate: {
    label: 'leaving date',
    primary: ['Leaving Date', 'Last Day', '离职日期'],
    extra: [
      'DateofTermination', 'Date of Termination', 'Termination Date', 'Term Date', 'Exit Date', 'Last Working Day',
      'Last Working Date', 'Separation Date', '离职时间', '最后工作日', '预计离职日期',
    ],
  },
  lastTalk: {
    label: 'last talk',
    primary: ['Last Talk', 'Last 1:1', 'Last One-on-one', '上次面谈日期', '上次沟通日期'],
    extra: [
      'Last Talk Date', 'Last 1:1 Date', 'Last 1on1', 'Last One-on-one Date', 'Last One to One', '上次面谈',
      '上次面谈时间', '最近面谈日期', '上次沟通时间', '最近沟通日期',
    ],
  },
  flag: {
    label: 'lead flag',
    primary: ['Lead Flag', 'Flag', '组长反馈'],
    extra: ['Lead Feedback', 'TL Flag', 'Flag Type', '组长标记', '反馈类型'],
  },
  flagDate: {
    label: 'flag date',
    primary: ['Flag Date', 'Reported', '反馈日期'],
    extra: ['Reported On', 'Report Date', 'Flagged On', 'Lead Flag Date', '反馈时间', '组长反馈日期'],
  },
  period: {
    label: 'period',
    primary: ['Week', 'Date', 'Period', 'Month', '周', '日期', '周期', '月份'],
    extra: [
      'Week Start', 'Week Of', 'Week Beginning', 'Week Commencing', 'Week Starting', 'Day', 'Month Start',
      'Period Start', '周次', '统计周', '统计日期', '数据日期', '月', '统计月份', '年月',
    ],
  },
  calls: {
    label: 'calls',
    primary: ['Calls', 'Calls Handled', 'Handled', '接通量', '通话量', '接听量'],
    extra: [
      'Total Calls', 'Handled Calls', 'Calls Answered', 'Answered Calls', 'Answered', 'Total Chats', 'Chats',
      'Chats Handled', 'Contacts', 'Contacts Handled', '呼入量', '接通数', '接听数', '通话数', '处理量', '话务量',
      '服务量', '会话量', '接待量',
    ],
  },
  aht: {
    label: 'AHT',
    primary: ['AHT', 'AHT (s)', 'Avg Handle Time', '平均处理时长', '平均处理时长(秒)'],
    extra: [
      'Average Handle Time', 'Avg Handling Time', 'Average Handling Time', 'Handle Time', 'Handling Time',
      'Avg AHT', '平均处理时间', '平均通话时长', '平均通话时间', '平均服务时长', 'AvgTalkDuration', 'Avg Talk Duration',
      'Talk Duration', 'Call Duration', 'Handle Duration', '通话时长', '处理时长', 'ser_time', 'Service Time',
      'Average Resolution Time', 'Avg Resolution Time', 'Resolution Time',
    ],
  },
  csat: {
    label: 'CSAT',
    primary: ['CSAT', 'CSAT %', 'Satisfaction', '满意度', '满意度%'],
    extra: ['Customer Satisfaction', 'Satisfaction Rate', 'CSAT Rate', '客户满意度', '满意率'],
  },
  qa: {
    label: 'QA',
    primary: ['QA', 'QA Score', 'Quality', '质检分', '质检得分'],
    extra: ['QA%', 'Quality Score', 'QA Result', 'QA Rate', 'Quality Assurance', '质检', '质检成绩', '质检分数', '质量分'],
  },
  fcr: {
    label: 'FCR',
    primary: ['FCR', 'FCR %', 'First Contact Resolution', '一次解决率'],
    extra: ['First Call Resolution', 'FCR Rate', '首次解决率', '一次性解决率', '首解率'],
  },
  adherence: {
    label: 'adherence',
    primary: ['Adherence', 'Schedule Adherence', '遵从率', '排班遵从率'],
    extra: ['Adherence %', 'Schedule Adherence %', 'Adherence Rate', '排班遵守率', '遵守率', '班表遵从率', '依从率'],
  },
  asa: {
    label: 'speed of answer',
    primary: ['Speed of Answer', 'ASA', 'Average Speed of Answer', '平均应答时长'],
    extra: [
      'Speed of answer in seconds', 'Avg Speed of Answer', 'ASA (s)', 'Answer Speed', 'q_time', 'Queue Time', 'Wait Time',
      'Average Response Time', 'Avg Response Time', 'First Response Time', '平均应答速度', '应答时长', '平均响应时间', '首次响应时长', '排队时长',
    ],
  },
  callId: {
    label: 'call id',
    primary: ['Call ID', 'Call Id', '通话ID', '通话编号'],
    extra: ['Call No', 'Call Number', 'Contact ID', 'Interaction ID', 'Ticket ID', 'Session ID', '呼叫ID', '工单号', '会话ID'],
  },
  answered: {
    label: 'answered',
    primary: ['Answered (Y/N)', '是否接通'],
    extra: ['Answered Y/N', 'Is Answered', 'Call Answered', '接通', 'Outcome', 'Call Outcome', 'Call Result', '呼叫结果'],
  },
  rating: {
    label: 'rating (1–5)',
    primary: ['Satisfaction Rating', 'Rating', '满意度评分', '评分'],
    extra: ['Customer Rating', 'Average Rating', 'Avg Rating', 'Survey Score', 'Star Rating', '客户评分', '平均评分', '评价分'],
  },
  resolved: {
    label: 'resolved',
    primary: ['Resolved', '是否解决'],
    extra: ['Resolved (Y/N)', 'Issue Resolved', 'Is Resolved', '已解决', '问题是否解决'],
  },
  conversion: {
    label: 'conversion',
    primary: ['Conversion', 'Sales Conversion', '转化率', '成交率'],
    extra: ['Conversion Rate', 'Conv %', 'Sales Conversion Rate', '销售转化率'],
  },
};

export const FIELD_IDS = Object.keys(FIELDS) as FieldId[];

export const FIELD_ALIASES: Record<FieldId, readonly string[]> = mapFields((f) => [...f.primary, ...f.extra]);

/** The aliases a "missing column" message suggests (those of SPEC.md). */
export const PRIMARY_ALIASES: Record<FieldId, readonly string[]> = mapFields((f) => f.primary);

export const FIELD_LABELS: Record<FieldId, string> = mapFields((f) => f.label);

export const ROSTER_REQUIRED: FieldId[] = ['agentId', 'hireDate'];
/** Plus at least one metric column. */
export const KPI_REQUIRED: FieldId[] = ['agentId', 'period'];
/** Plus a shift column, or shift start and end columns. */
export const SHIFTS_REQUIRED: FieldId[] = ['agentId', 'period'];

function mapFields<T>(fn: (f: FieldSpec) => T): Record<FieldId, T> {
  return Object.fromEntries(FIELD_IDS.map((id) => [id, fn(FIELDS[id])])) as Record<FieldId, T>;
}

/**
 * Case-, width-, space- and punctuation-insensitive form of a header: NFKC folds full-width
 * letters and brackets, then everything but letters and digits goes ("AHT (s)" → "ahts").
 */
export function normalizeHeader(h: string): string {
  return h.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
