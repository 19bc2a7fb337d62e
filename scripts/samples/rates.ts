/** 中组发〔2008〕3号 第二条: the monthly rate by status and base. */
export function duesRate(status: string, base: number): number {
  if (status === '离退休') return base <= 5000 ? 0.005 : 0.01;
  if (base <= 3000) return 0.005;
  if (base <= 5000) return 0.01;
  if (base <= 10000) return 0.015;
  return 0.02;
}

export function monthlyDue(status: string, base: number): number {
  if (status === '学生' || status === '下岗失业' || status === '低保') return 0.2;
  if (status === '农民') return 1;
  return Math.round(base * duesRate(status, base) * 100) / 100;
}
