/**
 * @module Words generated contacts are made of: Chinese family and given names (common ones,
 * by frequency rank in the 2020 census), some foreign names, departments, job titles and
 * organisation sectors, each in English and Simplified Chinese. Data only.
 */

/** A text in both languages, plus a slug for tags where it names a group. */
export interface Term {
  readonly en: string;
  readonly zh: string;
  readonly slug: string;
}

/** Frequent single and compound family names; readings come from pinyin-pro's surname mode. */
// prettier-ignore
export const FAMILY_NAMES = [
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
  "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "蔡", "蒋", "余",
  "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭", "陆", "范", "汪", "廖",
  "石", "金", "韦", "贾", "夏", "付", "方", "邹", "熊", "白", "孟", "秦", "邱", "侯", "江", "尹", "薛", "阎", "段", "雷",
  "欧阳", "司马", "诸葛", "上官",
] as const;

/** Characters of given names; a given name is one or two of them. */
// prettier-ignore
export const GIVEN_NAME_CHARACTERS = [
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "英", "华",
  "慧", "建", "国", "平", "红", "文", "辉", "宁", "玉", "海", "燕", "晨", "欣", "宇", "浩", "轩", "子", "涵", "梓", "雨",
  "思", "佳", "怡", "博", "然", "瑞", "嘉", "鹏", "昊", "琳", "婷", "雪", "颖", "鑫", "斌", "凯", "峰", "波", "刚", "亮",
  "晶", "倩", "帆", "阳", "一", "可", "心", "彤", "诗", "雅", "悦", "泽", "俊", "毅", "志", "远", "航", "天", "诺", "安",
] as const;

/** Names of colleagues from abroad, written in English only; some carry diacritics. */
// prettier-ignore
export const FOREIGN_GIVEN_NAMES = ["Emma", "Oliver", "Sophie", "James", "Lucy", "Daniel", "Anna", "Thomas", "Laura", "David", "Zoë", "José", "Chloé", "Søren"] as const;
// prettier-ignore
export const FOREIGN_FAMILY_NAMES = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Green", "Hall", "Müller", "García", "Dubois", "Nørgaard"] as const;

export const DEPARTMENTS: readonly Term[] = [
  { slug: "sales", en: "Sales", zh: "销售部" },
  { slug: "marketing", en: "Marketing", zh: "市场部" },
  { slug: "finance", en: "Finance", zh: "财务部" },
  { slug: "human-resources", en: "Human Resources", zh: "人力资源部" },
  { slug: "legal", en: "Legal", zh: "法务部" },
  { slug: "engineering", en: "Engineering", zh: "技术部" },
  { slug: "customer-service", en: "Customer Service", zh: "客户服务部" },
  { slug: "logistics", en: "Logistics", zh: "物流部" },
  { slug: "procurement", en: "Procurement", zh: "采购部" },
  { slug: "administration", en: "Administration", zh: "行政部" },
  { slug: "research", en: "Research and Development", zh: "研发部" },
  { slug: "public-relations", en: "Public Relations", zh: "公关部" },
];

export const TITLES: readonly Omit<Term, "slug">[] = [
  { en: "Manager", zh: "经理" },
  { en: "Deputy Manager", zh: "副经理" },
  { en: "Director", zh: "总监" },
  { en: "Assistant", zh: "助理" },
  { en: "Engineer", zh: "工程师" },
  { en: "Senior Engineer", zh: "高级工程师" },
  { en: "Specialist", zh: "专员" },
  { en: "Accountant", zh: "会计" },
  { en: "Analyst", zh: "分析师" },
  { en: "Coordinator", zh: "协调员" },
  { en: "Representative", zh: "代表" },
  { en: "Consultant", zh: "顾问" },
];

/**
 * Sectors of generated organisations. Their names always contain "Example" / "示例": the
 * project invents no real-looking company name (see TEAM.md), and readers must never mistake
 * generated data for a real organisation.
 */
export const SECTORS: readonly Term[] = [
  { slug: "trading", en: "Trading", zh: "贸易" },
  { slug: "logistics", en: "Logistics", zh: "物流" },
  { slug: "technology", en: "Technology", zh: "科技" },
  { slug: "consulting", en: "Consulting", zh: "咨询" },
  { slug: "education", en: "Education", zh: "教育" },
  { slug: "healthcare", en: "Healthcare", zh: "医疗" },
  { slug: "manufacturing", en: "Manufacturing", zh: "制造" },
  { slug: "design", en: "Design", zh: "设计" },
  { slug: "media", en: "Media", zh: "传媒" },
  { slug: "energy", en: "Energy", zh: "能源" },
];

/** The legal forms organisations' names end with. */
export const ORGANISATION_FORMS: readonly Term[] = [
  { slug: "group", en: "Group", zh: "集团" },
  { slug: "company", en: "Co., Ltd.", zh: "有限公司" },
  { slug: "association", en: "Association", zh: "协会" },
  { slug: "institute", en: "Institute", zh: "研究院" },
];

/** Notes some offices carry, to give search something to skip. */
export const OFFICE_NOTES: readonly Omit<Term, "slug">[] = [
  { en: "Visitors please register at the front desk.", zh: "访客请在前台登记。" },
  { en: "Closed on public holidays.", zh: "法定节假日休息。" },
  { en: "Parking is available in the basement.", zh: "地下室可停车。" },
];
