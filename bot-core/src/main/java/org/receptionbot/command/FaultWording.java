package org.receptionbot.command;

import java.util.regex.Pattern;

/**
 * Whether a coordinator's note on an issue's step (/ack 3 已派人维修, /done 3 房间已换好) speaks of a fault to fix, not
 * of food: acknowledging or closing a packed order with food words ("已通知餐厅 11点半前送到赛场", "盒饭已送到", "已打包")
 * or none ("处理好了") is the normal course; a fault's words under a packed order's number show a slip of the number.
 */
final class FaultWording {
    /** What a fault's fix names: a room and its fittings, a vehicle, a repair, care. */
    private static final Pattern FAULT =
            Pattern.compile("房间|房卡|换房|热水|空调|暖气|电视|马桶|淋浴|漏水|停电|网络|wifi|WiFi|电梯|被子|床|钥匙|维修|修好|修理|师傅上门"
                    + "|车辆|司机|派车|换车|车已|大巴|接站|送站|医生|医院|药|证件|发票|行李");
    /** Food: the packing, the portions, the kitchen. */
    private static final Pattern FOOD = Pattern.compile("打包|份|盒饭|餐|饭|菜|厨房|吃");

    private FaultWording() {}

    /** Whether {@code note} (null when none was said) names a fault's fix and no food. */
    static boolean fault(String note) {
        return note != null && FAULT.matcher(note).find() && !FOOD.matcher(note).find();
    }
}
