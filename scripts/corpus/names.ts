/** Name pools for synthetic members and branches (common surnames and given-name characters). */
import type { Rng } from './prng.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉力永健世广海波宁欣佳雪梅琳晨浩宇鹏飞凯华斌然俊峰婷倩颖慧晶莉云鑫瑞丹萍亮成春晓东'.split('');

export function makeName(rng: Rng, used: Set<string>): string {
  for (;;) {
    const n = rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : '');
    if (!used.has(n)) {
      used.add(n);
      return n;
    }
  }
}

export const UNITS = ['财政局', '交通运输局', '教育局', '卫生健康委员会', '自然资源局', '住房和城乡建设局', '农业农村局', '市场监督管理局', '人力资源和社会保障局', '生态环境局', '审计局', '统计局', '水利局', '文化和旅游局', '司法局', '民政局', '商务局', '应急管理局', '医疗保障局', '税务局'];
export const SCHOOLS = ['第一中学', '实验小学', '职业技术学校', '第二中学'];
export const ENTERPRISES = ['城市建设投资有限公司', '供水有限公司', '公共交通集团', '农业发展有限公司'];
export const VILLAGES = ['李家村', '王庄村', '河西村', '柳树村', '新华村', '东岗村', '石桥村'];
export const COMMUNITIES = ['幸福社区', '和平社区', '东风社区', '阳光社区', '滨河社区'];
export const TOWNS = ['城关镇', '青山镇', '河口乡', '白马镇'];
export const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '汉族', '回族', '满族', '壮族', '蒙古族', '土家族'];
