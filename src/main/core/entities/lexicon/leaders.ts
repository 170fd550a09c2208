// National leaders named across the whole genre (not tied to any local issue): segmenters
// often cut them wrongly (领学习近平 → 领学/习近/平), so they are matched as surfaces.
export const nationalLeaders = [
  '习近平',
  '李强',
  '赵乐际',
  '王沪宁',
  '蔡奇',
  '丁薛祥',
  '李希',
  '韩正',
  '李克强',
  '栗战书',
  '汪洋',
  '王岐山',
  '胡锦涛',
  '江泽民',
  '温家宝',
  '毛泽东',
  '邓小平',
  '周恩来',
  '刘少奇',
  '朱德',
]
