/** Browser event the 「LINEで配信」 panel fires after it created a delivery (other panels list it). */
export const DELIVERY_CREATED_EVENT = 'akita:line-delivery-created'
