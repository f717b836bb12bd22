/** The languages every sentence is written in (src/text). */
export type Lang = 'en' | 'zh-CN';
