// An invented issue for structure corrections: two articles in the blank-line layout. Tests
// find its lines by text in whatever parse they get, so they hold under any sane parser.
export const STRUCTURE_ISSUE = [
  '绿水镇新修三座便民桥',
  '',
  '本报讯（记者 林小帆）入夏以来，绿水镇在三条溪流上新修便民桥三座，方便两岸群众出行。',
  '',
  '据了解，三座桥均为钢筋混凝土结构，总投资约一百二十万元。',
  '',
  '金秋时节话丰收——',
  '石湾村举办农民丰收节',
  '',
  '本报讯（记者 周明远）九月下旬，石湾村举办首届农民丰收节，展出瓜果蔬菜百余种。',
  '',
  '村民们载歌载舞，庆祝丰收。',
  '',
].join('\n')

/** A line that opens the first article's second paragraph: split there. */
export const SPLIT_LINE = '据了解，三座桥均为钢筋混凝土结构'
/** A headline line of the second article: made its title. */
export const NEW_TITLE = '金秋时节话丰收——'
