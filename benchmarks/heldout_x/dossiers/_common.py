"""Shared facts of the (fictional) manufacturers and the notified body."""
KARDIYO = dict(mfr="Kardiyomed Tıbbi Cihazlar San. ve Tic. A.Ş.",
               addr="İkitelli OSB Mah. Eskoop San. Sit. C1 Blok No:12, Başakşehir, 34490 İstanbul, Türkiye",
               srn="TR-MF-000031457", author="Eng. Burak Yıldırım", md="Dr. Selin Aksoy, MD")
BOGAZ = dict(mfr="Boğaziçi Medikal Teknoloji A.Ş.",
             addr="Tuzla Kimya Sanayicileri OSB, Melek Aras Bulvarı No:44, 34956 Tuzla/İstanbul, Türkiye",
             srn="TR-MF-000028810", author="Eng. Emre Doğan", md="Op. Dr. Kerem Özkan")
NB = "LusoCert - Organismo Notificado de Dispositivos Médicos, S.A. (NB 2931), Lisboa"
