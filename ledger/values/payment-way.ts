/**
 * How dues were paid, as branches write it in a month's cell: 工资代扣, 微信, 支付宝, 现金, 转账, 网上缴纳,
 * 扫码支付. Alone it is a tick (dues.ts PAID_MARK); after an amount ("84 微信") it is a word about the
 * amount (amount.ts paidAmountText). One vocabulary for both, so the two cannot drift apart.
 */
export const PAYMENT_WAY = String.raw`(?:(?:工资|银行|财务|单位)?代(?:扣|缴|交)|微信(?:支付|缴纳|交纳)?|支付宝|现金|(?:银行)?转账|(?:网上|线上|在线)(?:缴纳|交纳|支付)?|扫码(?:支付|缴纳)?)`;
