// The pinyin initials archives and researchers name national papers' files by (`rmrb_20250110`,
// `gmrb-2024-03-02`): a file name that holds one reads as that paper's name. Local papers have no
// settled abbreviation, so none is guessed for them.
export const PAPER_ABBREVIATIONS: Readonly<Record<string, string>> = {
  rmrb: '人民日报',
  rmrbhwb: '人民日报海外版',
  gmrb: '光明日报',
  jjrb: '经济日报',
  jfjb: '解放军报',
  zgqnb: '中国青年报',
  grrb: '工人日报',
  nmrb: '农民日报',
  kjrb: '科技日报',
  fzrb: '法治日报',
  zgjyb: '中国教育报',
  xhmrdx: '新华每日电讯',
}
