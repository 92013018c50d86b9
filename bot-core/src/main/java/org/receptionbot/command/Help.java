package org.receptionbot.command;

/** The help text: every command with its Chinese words. */
final class Help {
    static final String TEXT = """
            接待保障助手 使用说明
            直接在群里说明情况即可，如“湖南团今晚少5人”“3号车实到42人”“房间没有热水”，机器人会回复记录结果。
            常用指令（斜杠指令或中文均可）：
            /meals 明天 午餐 — 查看用餐人数（查看午餐、明天早餐）
            /moves 明天 — 抵离动态（今日动态、明天动态）
            /counts — 车辆清点（车辆清点）
            /issues — 待处理问题（问题清单）
            /status 湖南 — 代表团情况（本团情况）
            /car 3 — 车辆信息（3号车在哪）
            /undo — 撤销自己上一条消息的记录（撤销）
            /bind 湖南 — 联络员绑定代表团，需协调组确认（绑定 湖南）
            /ack 12 — 受理问题（受理 12）
            /done 12 已更换房间 — 问题办结（办结 12 已更换房间）
            /actual 九院 午餐 412 — 登记实际就餐人数（实到 九院 午餐 412）
            /export 11-20 11-25 — 导出报表（导出）
            /remind 明天07:30 各代表团带好参赛证 — 协调组设置提醒（设置提醒 明天07:30 …）
            /reminders — 待发提醒（提醒列表）
            /unremind 3 — 删除提醒（删除提醒 3）
            /help — 本说明（帮助）""";

    private Help() {}
}
