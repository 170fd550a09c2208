// A small codebook for renderer tests: ten top-level themes (one more than the number keys),
// two of them with sub-themes, bilingual names and descriptions.
import type { Codebook, Theme } from '../../../src/shared/model'

function theme(
  id: string,
  zh: string,
  en: string,
  colour: string,
  parentId: string | null = null,
  description = { zh: '', en: '' },
): Theme {
  return { id, name: { zh, en }, parentId, colour, description }
}

export function sampleCodebook(): Codebook {
  return {
    themes: [
      theme('growth', '经济增长目标', 'Economic growth targets', '#2d7cd7', null, {
        zh: 'GDP等主要经济指标',
        en: 'Headline indicators such as GDP',
      }),
      theme('double-half', '双过半', 'Double-half targets', '#126aa4', 'growth'),
      theme('gdp', 'GDP与主要指标', 'GDP and indicators', '#618ee8', 'growth'),
      theme('projects', '重大项目', 'Major projects', '#b8562b'),
      theme('investment', '招商引资', 'Investment promotion', '#8a5a00'),
      theme('industry', '制造业', 'Manufacturing', '#6b4fbb'),
      theme('tourism', '文旅', 'Culture and tourism', '#1e8a5a'),
      theme('meetings', '会议部署', 'Meetings', '#7a7a7a'),
      theme('leaders', '领导活动', 'Leaders', '#a3281c'),
      theme('environment', '生态环境', 'Environment', '#3a8a3a'),
      theme('livelihood', '民生', 'Livelihood', '#c04a8a'),
      theme('housing', '住房', 'Housing', '#9a6a2a', 'livelihood'),
    ],
  }
}
