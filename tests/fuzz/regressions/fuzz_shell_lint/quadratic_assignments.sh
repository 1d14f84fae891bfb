V0=$(cmd 0)
if [ "$V0" -gt 0 ]; then echo 0; fi
V1=$(cmd 1)
if [ "$V1" -gt 0 ]; then echo 1; fi
V2=$(cmd 2)
if [ "$V2" -gt 0 ]; then echo 2; fi
V3=$(cmd 3)
if [ "$V3" -gt 0 ]; then echo 3; fi
V4=$(cmd 4)
if [ "$V4" -gt 0 ]; then echo 4; fi
V5=$(cmd 5)
if [ "$V5" -gt 0 ]; then echo 5; fi
V6=$(cmd 6)
if [ "$V6" -gt 0 ]; then echo 6; fi
V7=$(cmd 7)
if [ "$V7" -gt 0 ]; then echo 7; fi
V8=$(cmd 8)
if [ "$V8" -gt 0 ]; then echo 8; fi
V9=$(cmd 9)
if [ "$V9" -gt 0 ]; then echo 9; fi
V10=$(cmd 10)
if [ "$V10" -gt 0 ]; then echo 10; fi
V11=$(cmd 11)
if [ "$V11" -gt 0 ]; then echo 11; fi
V12=$(cmd 12)
if [ "$V12" -gt 0 ]; then echo 12; fi
V13=$(cmd 13)
if [ "$V13" -gt 0 ]; then echo 13; fi
V14=$(cmd 14)
if [ "$V14" -gt 0 ]; then echo 14; fi
V15=$(cmd 15)
if [ "$V15" -gt 0 ]; then echo 15; fi
V16=$(cmd 16)
if [ "$V16" -gt 0 ]; then echo 16; fi
V17=$(cmd 17)
if [ "$V17" -gt 0 ]; then echo 17; fi
V18=$(cmd 18)
if [ "$V18" -gt 0 ]; then echo 18; fi
V19=$(cmd 19)
if [ "$V19" -gt 0 ]; then echo 19; fi
V20=$(cmd 20)
if [ "$V20" -gt 0 ]; then echo 20; fi
V21=$(cmd 21)
if [ "$V21" -gt 0 ]; then echo 21; fi
V22=$(cmd 22)
if [ "$V22" -gt 0 ]; then echo 22; fi
V23=$(cmd 23)
if [ "$V23" -gt 0 ]; then echo 23; fi
V24=$(cmd 24)
if [ "$V24" -gt 0 ]; then echo 24; fi
V25=$(cmd 25)
if [ "$V25" -gt 0 ]; then echo 25; fi
V26=$(cmd 26)
if [ "$V26" -gt 0 ]; then echo 26; fi
V27=$(cmd 27)
if [ "$V27" -gt 0 ]; then echo 27; fi
V28=$(cmd 28)
if [ "$V28" -gt 0 ]; then echo 28; fi
V29=$(cmd 29)
if [ "$V29" -gt 0 ]; then echo 29; fi
V30=$(cmd 30)
if [ "$V30" -gt 0 ]; then echo 30; fi
V31=$(cmd 31)
if [ "$V31" -gt 0 ]; then echo 31; fi
V32=$(cmd 32)
if [ "$V32" -gt 0 ]; then echo 32; fi
V33=$(cmd 33)
if [ "$V33" -gt 0 ]; then echo 33; fi
V34=$(cmd 34)
if [ "$V34" -gt 0 ]; then echo 34; fi
V35=$(cmd 35)
if [ "$V35" -gt 0 ]; then echo 35; fi
V36=$(cmd 36)
if [ "$V36" -gt 0 ]; then echo 36; fi
V37=$(cmd 37)
if [ "$V37" -gt 0 ]; then echo 37; fi
V38=$(cmd 38)
if [ "$V38" -gt 0 ]; then echo 38; fi
V39=$(cmd 39)
if [ "$V39" -gt 0 ]; then echo 39; fi
V40=$(cmd 40)
if [ "$V40" -gt 0 ]; then echo 40; fi
V41=$(cmd 41)
if [ "$V41" -gt 0 ]; then echo 41; fi
V42=$(cmd 42)
if [ "$V42" -gt 0 ]; then echo 42; fi
V43=$(cmd 43)
if [ "$V43" -gt 0 ]; then echo 43; fi
V44=$(cmd 44)
if [ "$V44" -gt 0 ]; then echo 44; fi
V45=$(cmd 45)
if [ "$V45" -gt 0 ]; then echo 45; fi
V46=$(cmd 46)
if [ "$V46" -gt 0 ]; then echo 46; fi
V47=$(cmd 47)
if [ "$V47" -gt 0 ]; then echo 47; fi
V48=$(cmd 48)
if [ "$V48" -gt 0 ]; then echo 48; fi
V49=$(cmd 49)
if [ "$V49" -gt 0 ]; then echo 49; fi
V50=$(cmd 50)
if [ "$V50" -gt 0 ]; then echo 50; fi
V51=$(cmd 51)
if [ "$V51" -gt 0 ]; then echo 51; fi
V52=$(cmd 52)
if [ "$V52" -gt 0 ]; then echo 52; fi
V53=$(cmd 53)
if [ "$V53" -gt 0 ]; then echo 53; fi
V54=$(cmd 54)
if [ "$V54" -gt 0 ]; then echo 54; fi
V55=$(cmd 55)
if [ "$V55" -gt 0 ]; then echo 55; fi
V56=$(cmd 56)
if [ "$V56" -gt 0 ]; then echo 56; fi
V57=$(cmd 57)
if [ "$V57" -gt 0 ]; then echo 57; fi
V58=$(cmd 58)
if [ "$V58" -gt 0 ]; then echo 58; fi
V59=$(cmd 59)
if [ "$V59" -gt 0 ]; then echo 59; fi
V60=$(cmd 60)
if [ "$V60" -gt 0 ]; then echo 60; fi
V61=$(cmd 61)
if [ "$V61" -gt 0 ]; then echo 61; fi
V62=$(cmd 62)
if [ "$V62" -gt 0 ]; then echo 62; fi
V63=$(cmd 63)
if [ "$V63" -gt 0 ]; then echo 63; fi
V64=$(cmd 64)
if [ "$V64" -gt 0 ]; then echo 64; fi
V65=$(cmd 65)
if [ "$V65" -gt 0 ]; then echo 65; fi
V66=$(cmd 66)
if [ "$V66" -gt 0 ]; then echo 66; fi
V67=$(cmd 67)
if [ "$V67" -gt 0 ]; then echo 67; fi
V68=$(cmd 68)
if [ "$V68" -gt 0 ]; then echo 68; fi
V69=$(cmd 69)
if [ "$V69" -gt 0 ]; then echo 69; fi
V70=$(cmd 70)
if [ "$V70" -gt 0 ]; then echo 70; fi
V71=$(cmd 71)
if [ "$V71" -gt 0 ]; then echo 71; fi
V72=$(cmd 72)
if [ "$V72" -gt 0 ]; then echo 72; fi
V73=$(cmd 73)
if [ "$V73" -gt 0 ]; then echo 73; fi
V74=$(cmd 74)
if [ "$V74" -gt 0 ]; then echo 74; fi
V75=$(cmd 75)
if [ "$V75" -gt 0 ]; then echo 75; fi
V76=$(cmd 76)
if [ "$V76" -gt 0 ]; then echo 76; fi
V77=$(cmd 77)
if [ "$V77" -gt 0 ]; then echo 77; fi
V78=$(cmd 78)
if [ "$V78" -gt 0 ]; then echo 78; fi
V79=$(cmd 79)
if [ "$V79" -gt 0 ]; then echo 79; fi
V80=$(cmd 80)
if [ "$V80" -gt 0 ]; then echo 80; fi
V81=$(cmd 81)
if [ "$V81" -gt 0 ]; then echo 81; fi
V82=$(cmd 82)
if [ "$V82" -gt 0 ]; then echo 82; fi
V83=$(cmd 83)
if [ "$V83" -gt 0 ]; then echo 83; fi
V84=$(cmd 84)
if [ "$V84" -gt 0 ]; then echo 84; fi
V85=$(cmd 85)
if [ "$V85" -gt 0 ]; then echo 85; fi
V86=$(cmd 86)
if [ "$V86" -gt 0 ]; then echo 86; fi
V87=$(cmd 87)
if [ "$V87" -gt 0 ]; then echo 87; fi
V88=$(cmd 88)
if [ "$V88" -gt 0 ]; then echo 88; fi
V89=$(cmd 89)
if [ "$V89" -gt 0 ]; then echo 89; fi
V90=$(cmd 90)
if [ "$V90" -gt 0 ]; then echo 90; fi
V91=$(cmd 91)
if [ "$V91" -gt 0 ]; then echo 91; fi
V92=$(cmd 92)
if [ "$V92" -gt 0 ]; then echo 92; fi
V93=$(cmd 93)
if [ "$V93" -gt 0 ]; then echo 93; fi
V94=$(cmd 94)
if [ "$V94" -gt 0 ]; then echo 94; fi
V95=$(cmd 95)
if [ "$V95" -gt 0 ]; then echo 95; fi
V96=$(cmd 96)
if [ "$V96" -gt 0 ]; then echo 96; fi
V97=$(cmd 97)
if [ "$V97" -gt 0 ]; then echo 97; fi
V98=$(cmd 98)
if [ "$V98" -gt 0 ]; then echo 98; fi
V99=$(cmd 99)
if [ "$V99" -gt 0 ]; then echo 99; fi
V100=$(cmd 100)
if [ "$V100" -gt 0 ]; then echo 100; fi
V101=$(cmd 101)
if [ "$V101" -gt 0 ]; then echo 101; fi
V102=$(cmd 102)
if [ "$V102" -gt 0 ]; then echo 102; fi
V103=$(cmd 103)
if [ "$V103" -gt 0 ]; then echo 103; fi
V104=$(cmd 104)
if [ "$V104" -gt 0 ]; then echo 104; fi
V105=$(cmd 105)
if [ "$V105" -gt 0 ]; then echo 105; fi
V106=$(cmd 106)
if [ "$V106" -gt 0 ]; then echo 106; fi
V107=$(cmd 107)
if [ "$V107" -gt 0 ]; then echo 107; fi
V108=$(cmd 108)
if [ "$V108" -gt 0 ]; then echo 108; fi
V109=$(cmd 109)
if [ "$V109" -gt 0 ]; then echo 109; fi
V110=$(cmd 110)
if [ "$V110" -gt 0 ]; then echo 110; fi
V111=$(cmd 111)
if [ "$V111" -gt 0 ]; then echo 111; fi
V112=$(cmd 112)
if [ "$V112" -gt 0 ]; then echo 112; fi
V113=$(cmd 113)
if [ "$V113" -gt 0 ]; then echo 113; fi
V114=$(cmd 114)
if [ "$V114" -gt 0 ]; then echo 114; fi
V115=$(cmd 115)
if [ "$V115" -gt 0 ]; then echo 115; fi
V116=$(cmd 116)
if [ "$V116" -gt 0 ]; then echo 116; fi
V117=$(cmd 117)
if [ "$V117" -gt 0 ]; then echo 117; fi
V118=$(cmd 118)
if [ "$V118" -gt 0 ]; then echo 118; fi
V119=$(cmd 119)
if [ "$V119" -gt 0 ]; then echo 119; fi
V120=$(cmd 120)
if [ "$V120" -gt 0 ]; then echo 120; fi
V121=$(cmd 121)
if [ "$V121" -gt 0 ]; then echo 121; fi
V122=$(cmd 122)
if [ "$V122" -gt 0 ]; then echo 122; fi
V123=$(cmd 123)
if [ "$V123" -gt 0 ]; then echo 123; fi
V124=$(cmd 124)
if [ "$V124" -gt 0 ]; then echo 124; fi
V125=$(cmd 125)
if [ "$V125" -gt 0 ]; then echo 125; fi
V126=$(cmd 126)
if [ "$V126" -gt 0 ]; then echo 126; fi
V127=$(cmd 127)
if [ "$V127" -gt 0 ]; then echo 127; fi
V128=$(cmd 128)
if [ "$V128" -gt 0 ]; then echo 128; fi
V129=$(cmd 129)
if [ "$V129" -gt 0 ]; then echo 129; fi
V130=$(cmd 130)
if [ "$V130" -gt 0 ]; then echo 130; fi
V131=$(cmd 131)
if [ "$V131" -gt 0 ]; then echo 131; fi
V132=$(cmd 132)
if [ "$V132" -gt 0 ]; then echo 132; fi
V133=$(cmd 133)
if [ "$V133" -gt 0 ]; then echo 133; fi
V134=$(cmd 134)
if [ "$V134" -gt 0 ]; then echo 134; fi
V135=$(cmd 135)
if [ "$V135" -gt 0 ]; then echo 135; fi
V136=$(cmd 136)
if [ "$V136" -gt 0 ]; then echo 136; fi
V137=$(cmd 137)
if [ "$V137" -gt 0 ]; then echo 137; fi
V138=$(cmd 138)
if [ "$V138" -gt 0 ]; then echo 138; fi
V139=$(cmd 139)
if [ "$V139" -gt 0 ]; then echo 139; fi
V140=$(cmd 140)
if [ "$V140" -gt 0 ]; then echo 140; fi
V141=$(cmd 141)
if [ "$V141" -gt 0 ]; then echo 141; fi
V142=$(cmd 142)
if [ "$V142" -gt 0 ]; then echo 142; fi
V143=$(cmd 143)
if [ "$V143" -gt 0 ]; then echo 143; fi
V144=$(cmd 144)
if [ "$V144" -gt 0 ]; then echo 144; fi
V145=$(cmd 145)
if [ "$V145" -gt 0 ]; then echo 145; fi
V146=$(cmd 146)
if [ "$V146" -gt 0 ]; then echo 146; fi
V147=$(cmd 147)
if [ "$V147" -gt 0 ]; then echo 147; fi
V148=$(cmd 148)
if [ "$V148" -gt 0 ]; then echo 148; fi
V149=$(cmd 149)
if [ "$V149" -gt 0 ]; then echo 149; fi
V150=$(cmd 150)
if [ "$V150" -gt 0 ]; then echo 150; fi
V151=$(cmd 151)
if [ "$V151" -gt 0 ]; then echo 151; fi
V152=$(cmd 152)
if [ "$V152" -gt 0 ]; then echo 152; fi
V153=$(cmd 153)
if [ "$V153" -gt 0 ]; then echo 153; fi
V154=$(cmd 154)
if [ "$V154" -gt 0 ]; then echo 154; fi
V155=$(cmd 155)
if [ "$V155" -gt 0 ]; then echo 155; fi
V156=$(cmd 156)
if [ "$V156" -gt 0 ]; then echo 156; fi
V157=$(cmd 157)
if [ "$V157" -gt 0 ]; then echo 157; fi
V158=$(cmd 158)
if [ "$V158" -gt 0 ]; then echo 158; fi
V159=$(cmd 159)
if [ "$V159" -gt 0 ]; then echo 159; fi
V160=$(cmd 160)
if [ "$V160" -gt 0 ]; then echo 160; fi
V161=$(cmd 161)
if [ "$V161" -gt 0 ]; then echo 161; fi
V162=$(cmd 162)
if [ "$V162" -gt 0 ]; then echo 162; fi
V163=$(cmd 163)
if [ "$V163" -gt 0 ]; then echo 163; fi
V164=$(cmd 164)
if [ "$V164" -gt 0 ]; then echo 164; fi
V165=$(cmd 165)
if [ "$V165" -gt 0 ]; then echo 165; fi
V166=$(cmd 166)
if [ "$V166" -gt 0 ]; then echo 166; fi
V167=$(cmd 167)
if [ "$V167" -gt 0 ]; then echo 167; fi
V168=$(cmd 168)
if [ "$V168" -gt 0 ]; then echo 168; fi
V169=$(cmd 169)
if [ "$V169" -gt 0 ]; then echo 169; fi
V170=$(cmd 170)
if [ "$V170" -gt 0 ]; then echo 170; fi
V171=$(cmd 171)
if [ "$V171" -gt 0 ]; then echo 171; fi
V172=$(cmd 172)
if [ "$V172" -gt 0 ]; then echo 172; fi
V173=$(cmd 173)
if [ "$V173" -gt 0 ]; then echo 173; fi
V174=$(cmd 174)
if [ "$V174" -gt 0 ]; then echo 174; fi
V175=$(cmd 175)
if [ "$V175" -gt 0 ]; then echo 175; fi
V176=$(cmd 176)
if [ "$V176" -gt 0 ]; then echo 176; fi
V177=$(cmd 177)
if [ "$V177" -gt 0 ]; then echo 177; fi
V178=$(cmd 178)
if [ "$V178" -gt 0 ]; then echo 178; fi
V179=$(cmd 179)
if [ "$V179" -gt 0 ]; then echo 179; fi
V180=$(cmd 180)
if [ "$V180" -gt 0 ]; then echo 180; fi
V181=$(cmd 181)
if [ "$V181" -gt 0 ]; then echo 181; fi
V182=$(cmd 182)
if [ "$V182" -gt 0 ]; then echo 182; fi
V183=$(cmd 183)
if [ "$V183" -gt 0 ]; then echo 183; fi
V184=$(cmd 184)
if [ "$V184" -gt 0 ]; then echo 184; fi
V185=$(cmd 185)
if [ "$V185" -gt 0 ]; then echo 185; fi
V186=$(cmd 186)
if [ "$V186" -gt 0 ]; then echo 186; fi
V187=$(cmd 187)
if [ "$V187" -gt 0 ]; then echo 187; fi
V188=$(cmd 188)
if [ "$V188" -gt 0 ]; then echo 188; fi
V189=$(cmd 189)
if [ "$V189" -gt 0 ]; then echo 189; fi
V190=$(cmd 190)
if [ "$V190" -gt 0 ]; then echo 190; fi
V191=$(cmd 191)
if [ "$V191" -gt 0 ]; then echo 191; fi
V192=$(cmd 192)
if [ "$V192" -gt 0 ]; then echo 192; fi
V193=$(cmd 193)
if [ "$V193" -gt 0 ]; then echo 193; fi
V194=$(cmd 194)
if [ "$V194" -gt 0 ]; then echo 194; fi
V195=$(cmd 195)
if [ "$V195" -gt 0 ]; then echo 195; fi
V196=$(cmd 196)
if [ "$V196" -gt 0 ]; then echo 196; fi
V197=$(cmd 197)
if [ "$V197" -gt 0 ]; then echo 197; fi
V198=$(cmd 198)
if [ "$V198" -gt 0 ]; then echo 198; fi
V199=$(cmd 199)
if [ "$V199" -gt 0 ]; then echo 199; fi
V200=$(cmd 200)
if [ "$V200" -gt 0 ]; then echo 200; fi
V201=$(cmd 201)
if [ "$V201" -gt 0 ]; then echo 201; fi
V202=$(cmd 202)
if [ "$V202" -gt 0 ]; then echo 202; fi
V203=$(cmd 203)
if [ "$V203" -gt 0 ]; then echo 203; fi
V204=$(cmd 204)
if [ "$V204" -gt 0 ]; then echo 204; fi
V205=$(cmd 205)
if [ "$V205" -gt 0 ]; then echo 205; fi
V206=$(cmd 206)
if [ "$V206" -gt 0 ]; then echo 206; fi
V207=$(cmd 207)
if [ "$V207" -gt 0 ]; then echo 207; fi
V208=$(cmd 208)
if [ "$V208" -gt 0 ]; then echo 208; fi
V209=$(cmd 209)
if [ "$V209" -gt 0 ]; then echo 209; fi
V210=$(cmd 210)
if [ "$V210" -gt 0 ]; then echo 210; fi
V211=$(cmd 211)
if [ "$V211" -gt 0 ]; then echo 211; fi
V212=$(cmd 212)
if [ "$V212" -gt 0 ]; then echo 212; fi
V213=$(cmd 213)
if [ "$V213" -gt 0 ]; then echo 213; fi
V214=$(cmd 214)
if [ "$V214" -gt 0 ]; then echo 214; fi
V215=$(cmd 215)
if [ "$V215" -gt 0 ]; then echo 215; fi
V216=$(cmd 216)
if [ "$V216" -gt 0 ]; then echo 216; fi
V217=$(cmd 217)
if [ "$V217" -gt 0 ]; then echo 217; fi
V218=$(cmd 218)
if [ "$V218" -gt 0 ]; then echo 218; fi
V219=$(cmd 219)
if [ "$V219" -gt 0 ]; then echo 219; fi
V220=$(cmd 220)
if [ "$V220" -gt 0 ]; then echo 220; fi
V221=$(cmd 221)
if [ "$V221" -gt 0 ]; then echo 221; fi
V222=$(cmd 222)
if [ "$V222" -gt 0 ]; then echo 222; fi
V223=$(cmd 223)
if [ "$V223" -gt 0 ]; then echo 223; fi
V224=$(cmd 224)
if [ "$V224" -gt 0 ]; then echo 224; fi
V225=$(cmd 225)
if [ "$V225" -gt 0 ]; then echo 225; fi
V226=$(cmd 226)
if [ "$V226" -gt 0 ]; then echo 226; fi
V227=$(cmd 227)
if [ "$V227" -gt 0 ]; then echo 227; fi
V228=$(cmd 228)
if [ "$V228" -gt 0 ]; then echo 228; fi
V229=$(cmd 229)
if [ "$V229" -gt 0 ]; then echo 229; fi
V230=$(cmd 230)
if [ "$V230" -gt 0 ]; then echo 230; fi
V231=$(cmd 231)
if [ "$V231" -gt 0 ]; then echo 231; fi
V232=$(cmd 232)
if [ "$V232" -gt 0 ]; then echo 232; fi
V233=$(cmd 233)
if [ "$V233" -gt 0 ]; then echo 233; fi
V234=$(cmd 234)
if [ "$V234" -gt 0 ]; then echo 234; fi
V235=$(cmd 235)
if [ "$V235" -gt 0 ]; then echo 235; fi
V236=$(cmd 236)
if [ "$V236" -gt 0 ]; then echo 236; fi
V237=$(cmd 237)
if [ "$V237" -gt 0 ]; then echo 237; fi
V238=$(cmd 238)
if [ "$V238" -gt 0 ]; then echo 238; fi
V239=$(cmd 239)
if [ "$V239" -gt 0 ]; then echo 239; fi
V240=$(cmd 240)
if [ "$V240" -gt 0 ]; then echo 240; fi
V241=$(cmd 241)
if [ "$V241" -gt 0 ]; then echo 241; fi
V242=$(cmd 242)
if [ "$V242" -gt 0 ]; then echo 242; fi
V243=$(cmd 243)
if [ "$V243" -gt 0 ]; then echo 243; fi
V244=$(cmd 244)
if [ "$V244" -gt 0 ]; then echo 244; fi
V245=$(cmd 245)
if [ "$V245" -gt 0 ]; then echo 245; fi
V246=$(cmd 246)
if [ "$V246" -gt 0 ]; then echo 246; fi
V247=$(cmd 247)
if [ "$V247" -gt 0 ]; then echo 247; fi
V248=$(cmd 248)
if [ "$V248" -gt 0 ]; then echo 248; fi
V249=$(cmd 249)
if [ "$V249" -gt 0 ]; then echo 249; fi
V250=$(cmd 250)
if [ "$V250" -gt 0 ]; then echo 250; fi
V251=$(cmd 251)
if [ "$V251" -gt 0 ]; then echo 251; fi
V252=$(cmd 252)
if [ "$V252" -gt 0 ]; then echo 252; fi
V253=$(cmd 253)
if [ "$V253" -gt 0 ]; then echo 253; fi
V254=$(cmd 254)
if [ "$V254" -gt 0 ]; then echo 254; fi
V255=$(cmd 255)
if [ "$V255" -gt 0 ]; then echo 255; fi
V256=$(cmd 256)
if [ "$V256" -gt 0 ]; then echo 256; fi
V257=$(cmd 257)
if [ "$V257" -gt 0 ]; then echo 257; fi
V258=$(cmd 258)
if [ "$V258" -gt 0 ]; then echo 258; fi
V259=$(cmd 259)
if [ "$V259" -gt 0 ]; then echo 259; fi
V260=$(cmd 260)
if [ "$V260" -gt 0 ]; then echo 260; fi
V261=$(cmd 261)
if [ "$V261" -gt 0 ]; then echo 261; fi
V262=$(cmd 262)
if [ "$V262" -gt 0 ]; then echo 262; fi
V263=$(cmd 263)
if [ "$V263" -gt 0 ]; then echo 263; fi
V264=$(cmd 264)
if [ "$V264" -gt 0 ]; then echo 264; fi
V265=$(cmd 265)
if [ "$V265" -gt 0 ]; then echo 265; fi
V266=$(cmd 266)
if [ "$V266" -gt 0 ]; then echo 266; fi
V267=$(cmd 267)
if [ "$V267" -gt 0 ]; then echo 267; fi
V268=$(cmd 268)
if [ "$V268" -gt 0 ]; then echo 268; fi
V269=$(cmd 269)
if [ "$V269" -gt 0 ]; then echo 269; fi
V270=$(cmd 270)
if [ "$V270" -gt 0 ]; then echo 270; fi
V271=$(cmd 271)
if [ "$V271" -gt 0 ]; then echo 271; fi
V272=$(cmd 272)
if [ "$V272" -gt 0 ]; then echo 272; fi
V273=$(cmd 273)
if [ "$V273" -gt 0 ]; then echo 273; fi
V274=$(cmd 274)
if [ "$V274" -gt 0 ]; then echo 274; fi
V275=$(cmd 275)
if [ "$V275" -gt 0 ]; then echo 275; fi
V276=$(cmd 276)
if [ "$V276" -gt 0 ]; then echo 276; fi
V277=$(cmd 277)
if [ "$V277" -gt 0 ]; then echo 277; fi
V278=$(cmd 278)
if [ "$V278" -gt 0 ]; then echo 278; fi
V279=$(cmd 279)
if [ "$V279" -gt 0 ]; then echo 279; fi
V280=$(cmd 280)
if [ "$V280" -gt 0 ]; then echo 280; fi
V281=$(cmd 281)
if [ "$V281" -gt 0 ]; then echo 281; fi
V282=$(cmd 282)
if [ "$V282" -gt 0 ]; then echo 282; fi
V283=$(cmd 283)
if [ "$V283" -gt 0 ]; then echo 283; fi
V284=$(cmd 284)
if [ "$V284" -gt 0 ]; then echo 284; fi
V285=$(cmd 285)
if [ "$V285" -gt 0 ]; then echo 285; fi
V286=$(cmd 286)
if [ "$V286" -gt 0 ]; then echo 286; fi
V287=$(cmd 287)
if [ "$V287" -gt 0 ]; then echo 287; fi
V288=$(cmd 288)
if [ "$V288" -gt 0 ]; then echo 288; fi
V289=$(cmd 289)
if [ "$V289" -gt 0 ]; then echo 289; fi
V290=$(cmd 290)
if [ "$V290" -gt 0 ]; then echo 290; fi
V291=$(cmd 291)
if [ "$V291" -gt 0 ]; then echo 291; fi
V292=$(cmd 292)
if [ "$V292" -gt 0 ]; then echo 292; fi
V293=$(cmd 293)
if [ "$V293" -gt 0 ]; then echo 293; fi
V294=$(cmd 294)
if [ "$V294" -gt 0 ]; then echo 294; fi
V295=$(cmd 295)
if [ "$V295" -gt 0 ]; then echo 295; fi
V296=$(cmd 296)
if [ "$V296" -gt 0 ]; then echo 296; fi
V297=$(cmd 297)
if [ "$V297" -gt 0 ]; then echo 297; fi
V298=$(cmd 298)
if [ "$V298" -gt 0 ]; then echo 298; fi
V299=$(cmd 299)
if [ "$V299" -gt 0 ]; then echo 299; fi
V300=$(cmd 300)
if [ "$V300" -gt 0 ]; then echo 300; fi
V301=$(cmd 301)
if [ "$V301" -gt 0 ]; then echo 301; fi
V302=$(cmd 302)
if [ "$V302" -gt 0 ]; then echo 302; fi
V303=$(cmd 303)
if [ "$V303" -gt 0 ]; then echo 303; fi
V304=$(cmd 304)
if [ "$V304" -gt 0 ]; then echo 304; fi
V305=$(cmd 305)
if [ "$V305" -gt 0 ]; then echo 305; fi
V306=$(cmd 306)
if [ "$V306" -gt 0 ]; then echo 306; fi
V307=$(cmd 307)
if [ "$V307" -gt 0 ]; then echo 307; fi
V308=$(cmd 308)
if [ "$V308" -gt 0 ]; then echo 308; fi
V309=$(cmd 309)
if [ "$V309" -gt 0 ]; then echo 309; fi
V310=$(cmd 310)
if [ "$V310" -gt 0 ]; then echo 310; fi
V311=$(cmd 311)
if [ "$V311" -gt 0 ]; then echo 311; fi
V312=$(cmd 312)
if [ "$V312" -gt 0 ]; then echo 312; fi
V313=$(cmd 313)
if [ "$V313" -gt 0 ]; then echo 313; fi
V314=$(cmd 314)
if [ "$V314" -gt 0 ]; then echo 314; fi
V315=$(cmd 315)
if [ "$V315" -gt 0 ]; then echo 315; fi
V316=$(cmd 316)
if [ "$V316" -gt 0 ]; then echo 316; fi
V317=$(cmd 317)
if [ "$V317" -gt 0 ]; then echo 317; fi
V318=$(cmd 318)
if [ "$V318" -gt 0 ]; then echo 318; fi
V319=$(cmd 319)
if [ "$V319" -gt 0 ]; then echo 319; fi
V320=$(cmd 320)
if [ "$V320" -gt 0 ]; then echo 320; fi
V321=$(cmd 321)
if [ "$V321" -gt 0 ]; then echo 321; fi
V322=$(cmd 322)
if [ "$V322" -gt 0 ]; then echo 322; fi
V323=$(cmd 323)
if [ "$V323" -gt 0 ]; then echo 323; fi
V324=$(cmd 324)
if [ "$V324" -gt 0 ]; then echo 324; fi
V325=$(cmd 325)
if [ "$V325" -gt 0 ]; then echo 325; fi
V326=$(cmd 326)
if [ "$V326" -gt 0 ]; then echo 326; fi
V327=$(cmd 327)
if [ "$V327" -gt 0 ]; then echo 327; fi
V328=$(cmd 328)
if [ "$V328" -gt 0 ]; then echo 328; fi
V329=$(cmd 329)
if [ "$V329" -gt 0 ]; then echo 329; fi
V330=$(cmd 330)
if [ "$V330" -gt 0 ]; then echo 330; fi
V331=$(cmd 331)
if [ "$V331" -gt 0 ]; then echo 331; fi
V332=$(cmd 332)
if [ "$V332" -gt 0 ]; then echo 332; fi
V333=$(cmd 333)
if [ "$V333" -gt 0 ]; then echo 333; fi
V334=$(cmd 334)
if [ "$V334" -gt 0 ]; then echo 334; fi
V335=$(cmd 335)
if [ "$V335" -gt 0 ]; then echo 335; fi
V336=$(cmd 336)
if [ "$V336" -gt 0 ]; then echo 336; fi
V337=$(cmd 337)
if [ "$V337" -gt 0 ]; then echo 337; fi
V338=$(cmd 338)
if [ "$V338" -gt 0 ]; then echo 338; fi
V339=$(cmd 339)
if [ "$V339" -gt 0 ]; then echo 339; fi
V340=$(cmd 340)
if [ "$V340" -gt 0 ]; then echo 340; fi
V341=$(cmd 341)
if [ "$V341" -gt 0 ]; then echo 341; fi
V342=$(cmd 342)
if [ "$V342" -gt 0 ]; then echo 342; fi
V343=$(cmd 343)
if [ "$V343" -gt 0 ]; then echo 343; fi
V344=$(cmd 344)
if [ "$V344" -gt 0 ]; then echo 344; fi
V345=$(cmd 345)
if [ "$V345" -gt 0 ]; then echo 345; fi
V346=$(cmd 346)
if [ "$V346" -gt 0 ]; then echo 346; fi
V347=$(cmd 347)
if [ "$V347" -gt 0 ]; then echo 347; fi
V348=$(cmd 348)
if [ "$V348" -gt 0 ]; then echo 348; fi
V349=$(cmd 349)
if [ "$V349" -gt 0 ]; then echo 349; fi
V350=$(cmd 350)
if [ "$V350" -gt 0 ]; then echo 350; fi
V351=$(cmd 351)
if [ "$V351" -gt 0 ]; then echo 351; fi
V352=$(cmd 352)
if [ "$V352" -gt 0 ]; then echo 352; fi
V353=$(cmd 353)
if [ "$V353" -gt 0 ]; then echo 353; fi
V354=$(cmd 354)
if [ "$V354" -gt 0 ]; then echo 354; fi
V355=$(cmd 355)
if [ "$V355" -gt 0 ]; then echo 355; fi
V356=$(cmd 356)
if [ "$V356" -gt 0 ]; then echo 356; fi
V357=$(cmd 357)
if [ "$V357" -gt 0 ]; then echo 357; fi
V358=$(cmd 358)
if [ "$V358" -gt 0 ]; then echo 358; fi
V359=$(cmd 359)
if [ "$V359" -gt 0 ]; then echo 359; fi
V360=$(cmd 360)
if [ "$V360" -gt 0 ]; then echo 360; fi
V361=$(cmd 361)
if [ "$V361" -gt 0 ]; then echo 361; fi
V362=$(cmd 362)
if [ "$V362" -gt 0 ]; then echo 362; fi
V363=$(cmd 363)
if [ "$V363" -gt 0 ]; then echo 363; fi
V364=$(cmd 364)
if [ "$V364" -gt 0 ]; then echo 364; fi
V365=$(cmd 365)
if [ "$V365" -gt 0 ]; then echo 365; fi
V366=$(cmd 366)
if [ "$V366" -gt 0 ]; then echo 366; fi
V367=$(cmd 367)
if [ "$V367" -gt 0 ]; then echo 367; fi
V368=$(cmd 368)
if [ "$V368" -gt 0 ]; then echo 368; fi
V369=$(cmd 369)
if [ "$V369" -gt 0 ]; then echo 369; fi
V370=$(cmd 370)
if [ "$V370" -gt 0 ]; then echo 370; fi
V371=$(cmd 371)
if [ "$V371" -gt 0 ]; then echo 371; fi
V372=$(cmd 372)
if [ "$V372" -gt 0 ]; then echo 372; fi
V373=$(cmd 373)
if [ "$V373" -gt 0 ]; then echo 373; fi
V374=$(cmd 374)
if [ "$V374" -gt 0 ]; then echo 374; fi
V375=$(cmd 375)
if [ "$V375" -gt 0 ]; then echo 375; fi
V376=$(cmd 376)
if [ "$V376" -gt 0 ]; then echo 376; fi
V377=$(cmd 377)
if [ "$V377" -gt 0 ]; then echo 377; fi
V378=$(cmd 378)
if [ "$V378" -gt 0 ]; then echo 378; fi
V379=$(cmd 379)
if [ "$V379" -gt 0 ]; then echo 379; fi
V380=$(cmd 380)
if [ "$V380" -gt 0 ]; then echo 380; fi
V381=$(cmd 381)
if [ "$V381" -gt 0 ]; then echo 381; fi
V382=$(cmd 382)
if [ "$V382" -gt 0 ]; then echo 382; fi
V383=$(cmd 383)
if [ "$V383" -gt 0 ]; then echo 383; fi
V384=$(cmd 384)
if [ "$V384" -gt 0 ]; then echo 384; fi
V385=$(cmd 385)
if [ "$V385" -gt 0 ]; then echo 385; fi
V386=$(cmd 386)
if [ "$V386" -gt 0 ]; then echo 386; fi
V387=$(cmd 387)
if [ "$V387" -gt 0 ]; then echo 387; fi
V388=$(cmd 388)
if [ "$V388" -gt 0 ]; then echo 388; fi
V389=$(cmd 389)
if [ "$V389" -gt 0 ]; then echo 389; fi
V390=$(cmd 390)
if [ "$V390" -gt 0 ]; then echo 390; fi
V391=$(cmd 391)
if [ "$V391" -gt 0 ]; then echo 391; fi
V392=$(cmd 392)
if [ "$V392" -gt 0 ]; then echo 392; fi
V393=$(cmd 393)
if [ "$V393" -gt 0 ]; then echo 393; fi
V394=$(cmd 394)
if [ "$V394" -gt 0 ]; then echo 394; fi
V395=$(cmd 395)
if [ "$V395" -gt 0 ]; then echo 395; fi
V396=$(cmd 396)
if [ "$V396" -gt 0 ]; then echo 396; fi
V397=$(cmd 397)
if [ "$V397" -gt 0 ]; then echo 397; fi
V398=$(cmd 398)
if [ "$V398" -gt 0 ]; then echo 398; fi
V399=$(cmd 399)
if [ "$V399" -gt 0 ]; then echo 399; fi
V400=$(cmd 400)
if [ "$V400" -gt 0 ]; then echo 400; fi
V401=$(cmd 401)
if [ "$V401" -gt 0 ]; then echo 401; fi
V402=$(cmd 402)
if [ "$V402" -gt 0 ]; then echo 402; fi
V403=$(cmd 403)
if [ "$V403" -gt 0 ]; then echo 403; fi
V404=$(cmd 404)
if [ "$V404" -gt 0 ]; then echo 404; fi
V405=$(cmd 405)
if [ "$V405" -gt 0 ]; then echo 405; fi
V406=$(cmd 406)
if [ "$V406" -gt 0 ]; then echo 406; fi
V407=$(cmd 407)
if [ "$V407" -gt 0 ]; then echo 407; fi
V408=$(cmd 408)
if [ "$V408" -gt 0 ]; then echo 408; fi
V409=$(cmd 409)
if [ "$V409" -gt 0 ]; then echo 409; fi
V410=$(cmd 410)
if [ "$V410" -gt 0 ]; then echo 410; fi
V411=$(cmd 411)
if [ "$V411" -gt 0 ]; then echo 411; fi
V412=$(cmd 412)
if [ "$V412" -gt 0 ]; then echo 412; fi
V413=$(cmd 413)
if [ "$V413" -gt 0 ]; then echo 413; fi
V414=$(cmd 414)
if [ "$V414" -gt 0 ]; then echo 414; fi
V415=$(cmd 415)
if [ "$V415" -gt 0 ]; then echo 415; fi
V416=$(cmd 416)
if [ "$V416" -gt 0 ]; then echo 416; fi
V417=$(cmd 417)
if [ "$V417" -gt 0 ]; then echo 417; fi
V418=$(cmd 418)
if [ "$V418" -gt 0 ]; then echo 418; fi
V419=$(cmd 419)
if [ "$V419" -gt 0 ]; then echo 419; fi
V420=$(cmd 420)
if [ "$V420" -gt 0 ]; then echo 420; fi
V421=$(cmd 421)
if [ "$V421" -gt 0 ]; then echo 421; fi
V422=$(cmd 422)
if [ "$V422" -gt 0 ]; then echo 422; fi
V423=$(cmd 423)
if [ "$V423" -gt 0 ]; then echo 423; fi
V424=$(cmd 424)
if [ "$V424" -gt 0 ]; then echo 424; fi
V425=$(cmd 425)
if [ "$V425" -gt 0 ]; then echo 425; fi
V426=$(cmd 426)
if [ "$V426" -gt 0 ]; then echo 426; fi
V427=$(cmd 427)
if [ "$V427" -gt 0 ]; then echo 427; fi
V428=$(cmd 428)
if [ "$V428" -gt 0 ]; then echo 428; fi
V429=$(cmd 429)
if [ "$V429" -gt 0 ]; then echo 429; fi
V430=$(cmd 430)
if [ "$V430" -gt 0 ]; then echo 430; fi
V431=$(cmd 431)
if [ "$V431" -gt 0 ]; then echo 431; fi
V432=$(cmd 432)
if [ "$V432" -gt 0 ]; then echo 432; fi
V433=$(cmd 433)
if [ "$V433" -gt 0 ]; then echo 433; fi
V434=$(cmd 434)
if [ "$V434" -gt 0 ]; then echo 434; fi
V435=$(cmd 435)
if [ "$V435" -gt 0 ]; then echo 435; fi
V436=$(cmd 436)
if [ "$V436" -gt 0 ]; then echo 436; fi
V437=$(cmd 437)
if [ "$V437" -gt 0 ]; then echo 437; fi
V438=$(cmd 438)
if [ "$V438" -gt 0 ]; then echo 438; fi
V439=$(cmd 439)
if [ "$V439" -gt 0 ]; then echo 439; fi
V440=$(cmd 440)
if [ "$V440" -gt 0 ]; then echo 440; fi
V441=$(cmd 441)
if [ "$V441" -gt 0 ]; then echo 441; fi
V442=$(cmd 442)
if [ "$V442" -gt 0 ]; then echo 442; fi
V443=$(cmd 443)
if [ "$V443" -gt 0 ]; then echo 443; fi
V444=$(cmd 444)
if [ "$V444" -gt 0 ]; then echo 444; fi
V445=$(cmd 445)
if [ "$V445" -gt 0 ]; then echo 445; fi
V446=$(cmd 446)
if [ "$V446" -gt 0 ]; then echo 446; fi
V447=$(cmd 447)
if [ "$V447" -gt 0 ]; then echo 447; fi
V448=$(cmd 448)
if [ "$V448" -gt 0 ]; then echo 448; fi
V449=$(cmd 449)
if [ "$V449" -gt 0 ]; then echo 449; fi
V450=$(cmd 450)
if [ "$V450" -gt 0 ]; then echo 450; fi
V451=$(cmd 451)
if [ "$V451" -gt 0 ]; then echo 451; fi
V452=$(cmd 452)
if [ "$V452" -gt 0 ]; then echo 452; fi
V453=$(cmd 453)
if [ "$V453" -gt 0 ]; then echo 453; fi
V454=$(cmd 454)
if [ "$V454" -gt 0 ]; then echo 454; fi
V455=$(cmd 455)
if [ "$V455" -gt 0 ]; then echo 455; fi
V456=$(cmd 456)
if [ "$V456" -gt 0 ]; then echo 456; fi
V457=$(cmd 457)
if [ "$V457" -gt 0 ]; then echo 457; fi
V458=$(cmd 458)
if [ "$V458" -gt 0 ]; then echo 458; fi
V459=$(cmd 459)
if [ "$V459" -gt 0 ]; then echo 459; fi
V460=$(cmd 460)
if [ "$V460" -gt 0 ]; then echo 460; fi
V461=$(cmd 461)
if [ "$V461" -gt 0 ]; then echo 461; fi
V462=$(cmd 462)
if [ "$V462" -gt 0 ]; then echo 462; fi
V463=$(cmd 463)
if [ "$V463" -gt 0 ]; then echo 463; fi
V464=$(cmd 464)
if [ "$V464" -gt 0 ]; then echo 464; fi
V465=$(cmd 465)
if [ "$V465" -gt 0 ]; then echo 465; fi
V466=$(cmd 466)
if [ "$V466" -gt 0 ]; then echo 466; fi
V467=$(cmd 467)
if [ "$V467" -gt 0 ]; then echo 467; fi
V468=$(cmd 468)
if [ "$V468" -gt 0 ]; then echo 468; fi
V469=$(cmd 469)
if [ "$V469" -gt 0 ]; then echo 469; fi
V470=$(cmd 470)
if [ "$V470" -gt 0 ]; then echo 470; fi
V471=$(cmd 471)
if [ "$V471" -gt 0 ]; then echo 471; fi
V472=$(cmd 472)
if [ "$V472" -gt 0 ]; then echo 472; fi
V473=$(cmd 473)
if [ "$V473" -gt 0 ]; then echo 473; fi
V474=$(cmd 474)
if [ "$V474" -gt 0 ]; then echo 474; fi
V475=$(cmd 475)
if [ "$V475" -gt 0 ]; then echo 475; fi
V476=$(cmd 476)
if [ "$V476" -gt 0 ]; then echo 476; fi
V477=$(cmd 477)
if [ "$V477" -gt 0 ]; then echo 477; fi
V478=$(cmd 478)
if [ "$V478" -gt 0 ]; then echo 478; fi
V479=$(cmd 479)
if [ "$V479" -gt 0 ]; then echo 479; fi
V480=$(cmd 480)
if [ "$V480" -gt 0 ]; then echo 480; fi
V481=$(cmd 481)
if [ "$V481" -gt 0 ]; then echo 481; fi
V482=$(cmd 482)
if [ "$V482" -gt 0 ]; then echo 482; fi
V483=$(cmd 483)
if [ "$V483" -gt 0 ]; then echo 483; fi
V484=$(cmd 484)
if [ "$V484" -gt 0 ]; then echo 484; fi
V485=$(cmd 485)
if [ "$V485" -gt 0 ]; then echo 485; fi
V486=$(cmd 486)
if [ "$V486" -gt 0 ]; then echo 486; fi
V487=$(cmd 487)
if [ "$V487" -gt 0 ]; then echo 487; fi
V488=$(cmd 488)
if [ "$V488" -gt 0 ]; then echo 488; fi
V489=$(cmd 489)
if [ "$V489" -gt 0 ]; then echo 489; fi
V490=$(cmd 490)
if [ "$V490" -gt 0 ]; then echo 490; fi
V491=$(cmd 491)
if [ "$V491" -gt 0 ]; then echo 491; fi
V492=$(cmd 492)
if [ "$V492" -gt 0 ]; then echo 492; fi
V493=$(cmd 493)
if [ "$V493" -gt 0 ]; then echo 493; fi
V494=$(cmd 494)
if [ "$V494" -gt 0 ]; then echo 494; fi
V495=$(cmd 495)
if [ "$V495" -gt 0 ]; then echo 495; fi
V496=$(cmd 496)
if [ "$V496" -gt 0 ]; then echo 496; fi
V497=$(cmd 497)
if [ "$V497" -gt 0 ]; then echo 497; fi
V498=$(cmd 498)
if [ "$V498" -gt 0 ]; then echo 498; fi
V499=$(cmd 499)
if [ "$V499" -gt 0 ]; then echo 499; fi
V500=$(cmd 500)
if [ "$V500" -gt 0 ]; then echo 500; fi
V501=$(cmd 501)
if [ "$V501" -gt 0 ]; then echo 501; fi
V502=$(cmd 502)
if [ "$V502" -gt 0 ]; then echo 502; fi
V503=$(cmd 503)
if [ "$V503" -gt 0 ]; then echo 503; fi
V504=$(cmd 504)
if [ "$V504" -gt 0 ]; then echo 504; fi
V505=$(cmd 505)
if [ "$V505" -gt 0 ]; then echo 505; fi
V506=$(cmd 506)
if [ "$V506" -gt 0 ]; then echo 506; fi
V507=$(cmd 507)
if [ "$V507" -gt 0 ]; then echo 507; fi
V508=$(cmd 508)
if [ "$V508" -gt 0 ]; then echo 508; fi
V509=$(cmd 509)
if [ "$V509" -gt 0 ]; then echo 509; fi
V510=$(cmd 510)
if [ "$V510" -gt 0 ]; then echo 510; fi
V511=$(cmd 511)
if [ "$V511" -gt 0 ]; then echo 511; fi
V512=$(cmd 512)
if [ "$V512" -gt 0 ]; then echo 512; fi
V513=$(cmd 513)
if [ "$V513" -gt 0 ]; then echo 513; fi
V514=$(cmd 514)
if [ "$V514" -gt 0 ]; then echo 514; fi
V515=$(cmd 515)
if [ "$V515" -gt 0 ]; then echo 515; fi
V516=$(cmd 516)
if [ "$V516" -gt 0 ]; then echo 516; fi
V517=$(cmd 517)
if [ "$V517" -gt 0 ]; then echo 517; fi
V518=$(cmd 518)
if [ "$V518" -gt 0 ]; then echo 518; fi
V519=$(cmd 519)
if [ "$V519" -gt 0 ]; then echo 519; fi
V520=$(cmd 520)
if [ "$V520" -gt 0 ]; then echo 520; fi
V521=$(cmd 521)
if [ "$V521" -gt 0 ]; then echo 521; fi
V522=$(cmd 522)
if [ "$V522" -gt 0 ]; then echo 522; fi
V523=$(cmd 523)
if [ "$V523" -gt 0 ]; then echo 523; fi
V524=$(cmd 524)
if [ "$V524" -gt 0 ]; then echo 524; fi
V525=$(cmd 525)
if [ "$V525" -gt 0 ]; then echo 525; fi
V526=$(cmd 526)
if [ "$V526" -gt 0 ]; then echo 526; fi
V527=$(cmd 527)
if [ "$V527" -gt 0 ]; then echo 527; fi
V528=$(cmd 528)
if [ "$V528" -gt 0 ]; then echo 528; fi
V529=$(cmd 529)
if [ "$V529" -gt 0 ]; then echo 529; fi
V530=$(cmd 530)
if [ "$V530" -gt 0 ]; then echo 530; fi
V531=$(cmd 531)
if [ "$V531" -gt 0 ]; then echo 531; fi
V532=$(cmd 532)
if [ "$V532" -gt 0 ]; then echo 532; fi
V533=$(cmd 533)
if [ "$V533" -gt 0 ]; then echo 533; fi
V534=$(cmd 534)
if [ "$V534" -gt 0 ]; then echo 534; fi
V535=$(cmd 535)
if [ "$V535" -gt 0 ]; then echo 535; fi
V536=$(cmd 536)
if [ "$V536" -gt 0 ]; then echo 536; fi
V537=$(cmd 537)
if [ "$V537" -gt 0 ]; then echo 537; fi
V538=$(cmd 538)
if [ "$V538" -gt 0 ]; then echo 538; fi
V539=$(cmd 539)
if [ "$V539" -gt 0 ]; then echo 539; fi
V540=$(cmd 540)
if [ "$V540" -gt 0 ]; then echo 540; fi
V541=$(cmd 541)
if [ "$V541" -gt 0 ]; then echo 541; fi
V542=$(cmd 542)
if [ "$V542" -gt 0 ]; then echo 542; fi
V543=$(cmd 543)
if [ "$V543" -gt 0 ]; then echo 543; fi
V544=$(cmd 544)
if [ "$V544" -gt 0 ]; then echo 544; fi
V545=$(cmd 545)
if [ "$V545" -gt 0 ]; then echo 545; fi
V546=$(cmd 546)
if [ "$V546" -gt 0 ]; then echo 546; fi
V547=$(cmd 547)
if [ "$V547" -gt 0 ]; then echo 547; fi
V548=$(cmd 548)
if [ "$V548" -gt 0 ]; then echo 548; fi
V549=$(cmd 549)
if [ "$V549" -gt 0 ]; then echo 549; fi
V550=$(cmd 550)
if [ "$V550" -gt 0 ]; then echo 550; fi
V551=$(cmd 551)
if [ "$V551" -gt 0 ]; then echo 551; fi
V552=$(cmd 552)
if [ "$V552" -gt 0 ]; then echo 552; fi
V553=$(cmd 553)
if [ "$V553" -gt 0 ]; then echo 553; fi
V554=$(cmd 554)
if [ "$V554" -gt 0 ]; then echo 554; fi
V555=$(cmd 555)
if [ "$V555" -gt 0 ]; then echo 555; fi
V556=$(cmd 556)
if [ "$V556" -gt 0 ]; then echo 556; fi
V557=$(cmd 557)
if [ "$V557" -gt 0 ]; then echo 557; fi
V558=$(cmd 558)
if [ "$V558" -gt 0 ]; then echo 558; fi
V559=$(cmd 559)
if [ "$V559" -gt 0 ]; then echo 559; fi
V560=$(cmd 560)
if [ "$V560" -gt 0 ]; then echo 560; fi
V561=$(cmd 561)
if [ "$V561" -gt 0 ]; then echo 561; fi
V562=$(cmd 562)
if [ "$V562" -gt 0 ]; then echo 562; fi
V563=$(cmd 563)
if [ "$V563" -gt 0 ]; then echo 563; fi
V564=$(cmd 564)
if [ "$V564" -gt 0 ]; then echo 564; fi
V565=$(cmd 565)
if [ "$V565" -gt 0 ]; then echo 565; fi
V566=$(cmd 566)
if [ "$V566" -gt 0 ]; then echo 566; fi
V567=$(cmd 567)
if [ "$V567" -gt 0 ]; then echo 567; fi
V568=$(cmd 568)
if [ "$V568" -gt 0 ]; then echo 568; fi
V569=$(cmd 569)
if [ "$V569" -gt 0 ]; then echo 569; fi
V570=$(cmd 570)
if [ "$V570" -gt 0 ]; then echo 570; fi
V571=$(cmd 571)
if [ "$V571" -gt 0 ]; then echo 571; fi
V572=$(cmd 572)
if [ "$V572" -gt 0 ]; then echo 572; fi
V573=$(cmd 573)
if [ "$V573" -gt 0 ]; then echo 573; fi
V574=$(cmd 574)
if [ "$V574" -gt 0 ]; then echo 574; fi
V575=$(cmd 575)
if [ "$V575" -gt 0 ]; then echo 575; fi
V576=$(cmd 576)
if [ "$V576" -gt 0 ]; then echo 576; fi
V577=$(cmd 577)
if [ "$V577" -gt 0 ]; then echo 577; fi
V578=$(cmd 578)
if [ "$V578" -gt 0 ]; then echo 578; fi
V579=$(cmd 579)
if [ "$V579" -gt 0 ]; then echo 579; fi
V580=$(cmd 580)
if [ "$V580" -gt 0 ]; then echo 580; fi
V581=$(cmd 581)
if [ "$V581" -gt 0 ]; then echo 581; fi
V582=$(cmd 582)
if [ "$V582" -gt 0 ]; then echo 582; fi
V583=$(cmd 583)
if [ "$V583" -gt 0 ]; then echo 583; fi
V584=$(cmd 584)
if [ "$V584" -gt 0 ]; then echo 584; fi
V585=$(cmd 585)
if [ "$V585" -gt 0 ]; then echo 585; fi
V586=$(cmd 586)
if [ "$V586" -gt 0 ]; then echo 586; fi
V587=$(cmd 587)
if [ "$V587" -gt 0 ]; then echo 587; fi
V588=$(cmd 588)
if [ "$V588" -gt 0 ]; then echo 588; fi
V589=$(cmd 589)
if [ "$V589" -gt 0 ]; then echo 589; fi
V590=$(cmd 590)
if [ "$V590" -gt 0 ]; then echo 590; fi
V591=$(cmd 591)
if [ "$V591" -gt 0 ]; then echo 591; fi
V592=$(cmd 592)
if [ "$V592" -gt 0 ]; then echo 592; fi
V593=$(cmd 593)
if [ "$V593" -gt 0 ]; then echo 593; fi
V594=$(cmd 594)
if [ "$V594" -gt 0 ]; then echo 594; fi
V595=$(cmd 595)
if [ "$V595" -gt 0 ]; then echo 595; fi
V596=$(cmd 596)
if [ "$V596" -gt 0 ]; then echo 596; fi
V597=$(cmd 597)
if [ "$V597" -gt 0 ]; then echo 597; fi
V598=$(cmd 598)
if [ "$V598" -gt 0 ]; then echo 598; fi
V599=$(cmd 599)
if [ "$V599" -gt 0 ]; then echo 599; fi
V600=$(cmd 600)
if [ "$V600" -gt 0 ]; then echo 600; fi
V601=$(cmd 601)
if [ "$V601" -gt 0 ]; then echo 601; fi
V602=$(cmd 602)
if [ "$V602" -gt 0 ]; then echo 602; fi
V603=$(cmd 603)
if [ "$V603" -gt 0 ]; then echo 603; fi
V604=$(cmd 604)
if [ "$V604" -gt 0 ]; then echo 604; fi
V605=$(cmd 605)
if [ "$V605" -gt 0 ]; then echo 605; fi
V606=$(cmd 606)
if [ "$V606" -gt 0 ]; then echo 606; fi
V607=$(cmd 607)
if [ "$V607" -gt 0 ]; then echo 607; fi
V608=$(cmd 608)
if [ "$V608" -gt 0 ]; then echo 608; fi
V609=$(cmd 609)
if [ "$V609" -gt 0 ]; then echo 609; fi
V610=$(cmd 610)
if [ "$V610" -gt 0 ]; then echo 610; fi
V611=$(cmd 611)
if [ "$V611" -gt 0 ]; then echo 611; fi
V612=$(cmd 612)
if [ "$V612" -gt 0 ]; then echo 612; fi
V613=$(cmd 613)
if [ "$V613" -gt 0 ]; then echo 613; fi
V614=$(cmd 614)
if [ "$V614" -gt 0 ]; then echo 614; fi
V615=$(cmd 615)
if [ "$V615" -gt 0 ]; then echo 615; fi
V616=$(cmd 616)
if [ "$V616" -gt 0 ]; then echo 616; fi
V617=$(cmd 617)
if [ "$V617" -gt 0 ]; then echo 617; fi
V618=$(cmd 618)
if [ "$V618" -gt 0 ]; then echo 618; fi
V619=$(cmd 619)
if [ "$V619" -gt 0 ]; then echo 619; fi
V620=$(cmd 620)
if [ "$V620" -gt 0 ]; then echo 620; fi
V621=$(cmd 621)
if [ "$V621" -gt 0 ]; then echo 621; fi
V622=$(cmd 622)
if [ "$V622" -gt 0 ]; then echo 622; fi
V623=$(cmd 623)
if [ "$V623" -gt 0 ]; then echo 623; fi
V624=$(cmd 624)
if [ "$V624" -gt 0 ]; then echo 624; fi
V625=$(cmd 625)
if [ "$V625" -gt 0 ]; then echo 625; fi
V626=$(cmd 626)
if [ "$V626" -gt 0 ]; then echo 626; fi
V627=$(cmd 627)
if [ "$V627" -gt 0 ]; then echo 627; fi
V628=$(cmd 628)
if [ "$V628" -gt 0 ]; then echo 628; fi
V629=$(cmd 629)
if [ "$V629" -gt 0 ]; then echo 629; fi
V630=$(cmd 630)
if [ "$V630" -gt 0 ]; then echo 630; fi
V631=$(cmd 631)
if [ "$V631" -gt 0 ]; then echo 631; fi
V632=$(cmd 632)
if [ "$V632" -gt 0 ]; then echo 632; fi
V633=$(cmd 633)
if [ "$V633" -gt 0 ]; then echo 633; fi
V634=$(cmd 634)
if [ "$V634" -gt 0 ]; then echo 634; fi
V635=$(cmd 635)
if [ "$V635" -gt 0 ]; then echo 635; fi
V636=$(cmd 636)
if [ "$V636" -gt 0 ]; then echo 636; fi
V637=$(cmd 637)
if [ "$V637" -gt 0 ]; then echo 637; fi
V638=$(cmd 638)
if [ "$V638" -gt 0 ]; then echo 638; fi
V639=$(cmd 639)
if [ "$V639" -gt 0 ]; then echo 639; fi
V640=$(cmd 640)
if [ "$V640" -gt 0 ]; then echo 640; fi
V641=$(cmd 641)
if [ "$V641" -gt 0 ]; then echo 641; fi
V642=$(cmd 642)
if [ "$V642" -gt 0 ]; then echo 642; fi
V643=$(cmd 643)
if [ "$V643" -gt 0 ]; then echo 643; fi
V644=$(cmd 644)
if [ "$V644" -gt 0 ]; then echo 644; fi
V645=$(cmd 645)
if [ "$V645" -gt 0 ]; then echo 645; fi
V646=$(cmd 646)
if [ "$V646" -gt 0 ]; then echo 646; fi
V647=$(cmd 647)
if [ "$V647" -gt 0 ]; then echo 647; fi
V648=$(cmd 648)
if [ "$V648" -gt 0 ]; then echo 648; fi
V649=$(cmd 649)
if [ "$V649" -gt 0 ]; then echo 649; fi
V650=$(cmd 650)
if [ "$V650" -gt 0 ]; then echo 650; fi
V651=$(cmd 651)
if [ "$V651" -gt 0 ]; then echo 651; fi
V652=$(cmd 652)
if [ "$V652" -gt 0 ]; then echo 652; fi
V653=$(cmd 653)
if [ "$V653" -gt 0 ]; then echo 653; fi
V654=$(cmd 654)
if [ "$V654" -gt 0 ]; then echo 654; fi
V655=$(cmd 655)
if [ "$V655" -gt 0 ]; then echo 655; fi
V656=$(cmd 656)
if [ "$V656" -gt 0 ]; then echo 656; fi
V657=$(cmd 657)
if [ "$V657" -gt 0 ]; then echo 657; fi
V658=$(cmd 658)
if [ "$V658" -gt 0 ]; then echo 658; fi
V659=$(cmd 659)
if [ "$V659" -gt 0 ]; then echo 659; fi
V660=$(cmd 660)
if [ "$V660" -gt 0 ]; then echo 660; fi
V661=$(cmd 661)
if [ "$V661" -gt 0 ]; then echo 661; fi
V662=$(cmd 662)
if [ "$V662" -gt 0 ]; then echo 662; fi
V663=$(cmd 663)
if [ "$V663" -gt 0 ]; then echo 663; fi
V664=$(cmd 664)
if [ "$V664" -gt 0 ]; then echo 664; fi
V665=$(cmd 665)
if [ "$V665" -gt 0 ]; then echo 665; fi
V666=$(cmd 666)
if [ "$V666" -gt 0 ]; then echo 666; fi
V667=$(cmd 667)
if [ "$V667" -gt 0 ]; then echo 667; fi
V668=$(cmd 668)
if [ "$V668" -gt 0 ]; then echo 668; fi
V669=$(cmd 669)
if [ "$V669" -gt 0 ]; then echo 669; fi
V670=$(cmd 670)
if [ "$V670" -gt 0 ]; then echo 670; fi
V671=$(cmd 671)
if [ "$V671" -gt 0 ]; then echo 671; fi
V672=$(cmd 672)
if [ "$V672" -gt 0 ]; then echo 672; fi
V673=$(cmd 673)
if [ "$V673" -gt 0 ]; then echo 673; fi
V674=$(cmd 674)
if [ "$V674" -gt 0 ]; then echo 674; fi
V675=$(cmd 675)
if [ "$V675" -gt 0 ]; then echo 675; fi
V676=$(cmd 676)
if [ "$V676" -gt 0 ]; then echo 676; fi
V677=$(cmd 677)
if [ "$V677" -gt 0 ]; then echo 677; fi
V678=$(cmd 678)
if [ "$V678" -gt 0 ]; then echo 678; fi
V679=$(cmd 679)
if [ "$V679" -gt 0 ]; then echo 679; fi
V680=$(cmd 680)
if [ "$V680" -gt 0 ]; then echo 680; fi
V681=$(cmd 681)
if [ "$V681" -gt 0 ]; then echo 681; fi
V682=$(cmd 682)
if [ "$V682" -gt 0 ]; then echo 682; fi
V683=$(cmd 683)
if [ "$V683" -gt 0 ]; then echo 683; fi
V684=$(cmd 684)
if [ "$V684" -gt 0 ]; then echo 684; fi
V685=$(cmd 685)
if [ "$V685" -gt 0 ]; then echo 685; fi
V686=$(cmd 686)
if [ "$V686" -gt 0 ]; then echo 686; fi
V687=$(cmd 687)
if [ "$V687" -gt 0 ]; then echo 687; fi
V688=$(cmd 688)
if [ "$V688" -gt 0 ]; then echo 688; fi
V689=$(cmd 689)
if [ "$V689" -gt 0 ]; then echo 689; fi
V690=$(cmd 690)
if [ "$V690" -gt 0 ]; then echo 690; fi
V691=$(cmd 691)
if [ "$V691" -gt 0 ]; then echo 691; fi
V692=$(cmd 692)
if [ "$V692" -gt 0 ]; then echo 692; fi
V693=$(cmd 693)
if [ "$V693" -gt 0 ]; then echo 693; fi
V694=$(cmd 694)
if [ "$V694" -gt 0 ]; then echo 694; fi
V695=$(cmd 695)
if [ "$V695" -gt 0 ]; then echo 695; fi
V696=$(cmd 696)
if [ "$V696" -gt 0 ]; then echo 696; fi
V697=$(cmd 697)
if [ "$V697" -gt 0 ]; then echo 697; fi
V698=$(cmd 698)
if [ "$V698" -gt 0 ]; then echo 698; fi
V699=$(cmd 699)
if [ "$V699" -gt 0 ]; then echo 699; fi
V700=$(cmd 700)
if [ "$V700" -gt 0 ]; then echo 700; fi
V701=$(cmd 701)
if [ "$V701" -gt 0 ]; then echo 701; fi
V702=$(cmd 702)
if [ "$V702" -gt 0 ]; then echo 702; fi
V703=$(cmd 703)
if [ "$V703" -gt 0 ]; then echo 703; fi
V704=$(cmd 704)
if [ "$V704" -gt 0 ]; then echo 704; fi
V705=$(cmd 705)
if [ "$V705" -gt 0 ]; then echo 705; fi
V706=$(cmd 706)
if [ "$V706" -gt 0 ]; then echo 706; fi
V707=$(cmd 707)
if [ "$V707" -gt 0 ]; then echo 707; fi
V708=$(cmd 708)
if [ "$V708" -gt 0 ]; then echo 708; fi
V709=$(cmd 709)
if [ "$V709" -gt 0 ]; then echo 709; fi
V710=$(cmd 710)
if [ "$V710" -gt 0 ]; then echo 710; fi
V711=$(cmd 711)
if [ "$V711" -gt 0 ]; then echo 711; fi
V712=$(cmd 712)
if [ "$V712" -gt 0 ]; then echo 712; fi
V713=$(cmd 713)
if [ "$V713" -gt 0 ]; then echo 713; fi
V714=$(cmd 714)
if [ "$V714" -gt 0 ]; then echo 714; fi
V715=$(cmd 715)
if [ "$V715" -gt 0 ]; then echo 715; fi
V716=$(cmd 716)
if [ "$V716" -gt 0 ]; then echo 716; fi
V717=$(cmd 717)
if [ "$V717" -gt 0 ]; then echo 717; fi
V718=$(cmd 718)
if [ "$V718" -gt 0 ]; then echo 718; fi
V719=$(cmd 719)
if [ "$V719" -gt 0 ]; then echo 719; fi
V720=$(cmd 720)
if [ "$V720" -gt 0 ]; then echo 720; fi
V721=$(cmd 721)
if [ "$V721" -gt 0 ]; then echo 721; fi
V722=$(cmd 722)
if [ "$V722" -gt 0 ]; then echo 722; fi
V723=$(cmd 723)
if [ "$V723" -gt 0 ]; then echo 723; fi
V724=$(cmd 724)
if [ "$V724" -gt 0 ]; then echo 724; fi
V725=$(cmd 725)
if [ "$V725" -gt 0 ]; then echo 725; fi
V726=$(cmd 726)
if [ "$V726" -gt 0 ]; then echo 726; fi
V727=$(cmd 727)
if [ "$V727" -gt 0 ]; then echo 727; fi
V728=$(cmd 728)
if [ "$V728" -gt 0 ]; then echo 728; fi
V729=$(cmd 729)
if [ "$V729" -gt 0 ]; then echo 729; fi
V730=$(cmd 730)
if [ "$V730" -gt 0 ]; then echo 730; fi
V731=$(cmd 731)
if [ "$V731" -gt 0 ]; then echo 731; fi
V732=$(cmd 732)
if [ "$V732" -gt 0 ]; then echo 732; fi
V733=$(cmd 733)
if [ "$V733" -gt 0 ]; then echo 733; fi
V734=$(cmd 734)
if [ "$V734" -gt 0 ]; then echo 734; fi
V735=$(cmd 735)
if [ "$V735" -gt 0 ]; then echo 735; fi
V736=$(cmd 736)
if [ "$V736" -gt 0 ]; then echo 736; fi
V737=$(cmd 737)
if [ "$V737" -gt 0 ]; then echo 737; fi
V738=$(cmd 738)
if [ "$V738" -gt 0 ]; then echo 738; fi
V739=$(cmd 739)
if [ "$V739" -gt 0 ]; then echo 739; fi
V740=$(cmd 740)
if [ "$V740" -gt 0 ]; then echo 740; fi
V741=$(cmd 741)
if [ "$V741" -gt 0 ]; then echo 741; fi
V742=$(cmd 742)
if [ "$V742" -gt 0 ]; then echo 742; fi
V743=$(cmd 743)
if [ "$V743" -gt 0 ]; then echo 743; fi
V744=$(cmd 744)
if [ "$V744" -gt 0 ]; then echo 744; fi
V745=$(cmd 745)
if [ "$V745" -gt 0 ]; then echo 745; fi
V746=$(cmd 746)
if [ "$V746" -gt 0 ]; then echo 746; fi
V747=$(cmd 747)
if [ "$V747" -gt 0 ]; then echo 747; fi
V748=$(cmd 748)
if [ "$V748" -gt 0 ]; then echo 748; fi
V749=$(cmd 749)
if [ "$V749" -gt 0 ]; then echo 749; fi
V750=$(cmd 750)
if [ "$V750" -gt 0 ]; then echo 750; fi
V751=$(cmd 751)
if [ "$V751" -gt 0 ]; then echo 751; fi
V752=$(cmd 752)
if [ "$V752" -gt 0 ]; then echo 752; fi
V753=$(cmd 753)
if [ "$V753" -gt 0 ]; then echo 753; fi
V754=$(cmd 754)
if [ "$V754" -gt 0 ]; then echo 754; fi
V755=$(cmd 755)
if [ "$V755" -gt 0 ]; then echo 755; fi
V756=$(cmd 756)
if [ "$V756" -gt 0 ]; then echo 756; fi
V757=$(cmd 757)
if [ "$V757" -gt 0 ]; then echo 757; fi
V758=$(cmd 758)
if [ "$V758" -gt 0 ]; then echo 758; fi
V759=$(cmd 759)
if [ "$V759" -gt 0 ]; then echo 759; fi
V760=$(cmd 760)
if [ "$V760" -gt 0 ]; then echo 760; fi
V761=$(cmd 761)
if [ "$V761" -gt 0 ]; then echo 761; fi
V762=$(cmd 762)
if [ "$V762" -gt 0 ]; then echo 762; fi
V763=$(cmd 763)
if [ "$V763" -gt 0 ]; then echo 763; fi
V764=$(cmd 764)
if [ "$V764" -gt 0 ]; then echo 764; fi
V765=$(cmd 765)
if [ "$V765" -gt 0 ]; then echo 765; fi
V766=$(cmd 766)
if [ "$V766" -gt 0 ]; then echo 766; fi
V767=$(cmd 767)
if [ "$V767" -gt 0 ]; then echo 767; fi
V768=$(cmd 768)
if [ "$V768" -gt 0 ]; then echo 768; fi
V769=$(cmd 769)
if [ "$V769" -gt 0 ]; then echo 769; fi
V770=$(cmd 770)
if [ "$V770" -gt 0 ]; then echo 770; fi
V771=$(cmd 771)
if [ "$V771" -gt 0 ]; then echo 771; fi
V772=$(cmd 772)
if [ "$V772" -gt 0 ]; then echo 772; fi
V773=$(cmd 773)
if [ "$V773" -gt 0 ]; then echo 773; fi
V774=$(cmd 774)
if [ "$V774" -gt 0 ]; then echo 774; fi
V775=$(cmd 775)
if [ "$V775" -gt 0 ]; then echo 775; fi
V776=$(cmd 776)
if [ "$V776" -gt 0 ]; then echo 776; fi
V777=$(cmd 777)
if [ "$V777" -gt 0 ]; then echo 777; fi
V778=$(cmd 778)
if [ "$V778" -gt 0 ]; then echo 778; fi
V779=$(cmd 779)
if [ "$V779" -gt 0 ]; then echo 779; fi
V780=$(cmd 780)
if [ "$V780" -gt 0 ]; then echo 780; fi
V781=$(cmd 781)
if [ "$V781" -gt 0 ]; then echo 781; fi
V782=$(cmd 782)
if [ "$V782" -gt 0 ]; then echo 782; fi
V783=$(cmd 783)
if [ "$V783" -gt 0 ]; then echo 783; fi
V784=$(cmd 784)
if [ "$V784" -gt 0 ]; then echo 784; fi
V785=$(cmd 785)
if [ "$V785" -gt 0 ]; then echo 785; fi
V786=$(cmd 786)
if [ "$V786" -gt 0 ]; then echo 786; fi
V787=$(cmd 787)
if [ "$V787" -gt 0 ]; then echo 787; fi
V788=$(cmd 788)
if [ "$V788" -gt 0 ]; then echo 788; fi
V789=$(cmd 789)
if [ "$V789" -gt 0 ]; then echo 789; fi
V790=$(cmd 790)
if [ "$V790" -gt 0 ]; then echo 790; fi
V791=$(cmd 791)
if [ "$V791" -gt 0 ]; then echo 791; fi
V792=$(cmd 792)
if [ "$V792" -gt 0 ]; then echo 792; fi
V793=$(cmd 793)
if [ "$V793" -gt 0 ]; then echo 793; fi
V794=$(cmd 794)
if [ "$V794" -gt 0 ]; then echo 794; fi
V795=$(cmd 795)
if [ "$V795" -gt 0 ]; then echo 795; fi
V796=$(cmd 796)
if [ "$V796" -gt 0 ]; then echo 796; fi
V797=$(cmd 797)
if [ "$V797" -gt 0 ]; then echo 797; fi
V798=$(cmd 798)
if [ "$V798" -gt 0 ]; then echo 798; fi
V799=$(cmd 799)
if [ "$V799" -gt 0 ]; then echo 799; fi
V800=$(cmd 800)
if [ "$V800" -gt 0 ]; then echo 800; fi
V801=$(cmd 801)
if [ "$V801" -gt 0 ]; then echo 801; fi
V802=$(cmd 802)
if [ "$V802" -gt 0 ]; then echo 802; fi
V803=$(cmd 803)
if [ "$V803" -gt 0 ]; then echo 803; fi
V804=$(cmd 804)
if [ "$V804" -gt 0 ]; then echo 804; fi
V805=$(cmd 805)
if [ "$V805" -gt 0 ]; then echo 805; fi
V806=$(cmd 806)
if [ "$V806" -gt 0 ]; then echo 806; fi
V807=$(cmd 807)
if [ "$V807" -gt 0 ]; then echo 807; fi
V808=$(cmd 808)
if [ "$V808" -gt 0 ]; then echo 808; fi
V809=$(cmd 809)
if [ "$V809" -gt 0 ]; then echo 809; fi
V810=$(cmd 810)
if [ "$V810" -gt 0 ]; then echo 810; fi
V811=$(cmd 811)
if [ "$V811" -gt 0 ]; then echo 811; fi
V812=$(cmd 812)
if [ "$V812" -gt 0 ]; then echo 812; fi
V813=$(cmd 813)
if [ "$V813" -gt 0 ]; then echo 813; fi
V814=$(cmd 814)
if [ "$V814" -gt 0 ]; then echo 814; fi
V815=$(cmd 815)
if [ "$V815" -gt 0 ]; then echo 815; fi
V816=$(cmd 816)
if [ "$V816" -gt 0 ]; then echo 816; fi
V817=$(cmd 817)
if [ "$V817" -gt 0 ]; then echo 817; fi
V818=$(cmd 818)
if [ "$V818" -gt 0 ]; then echo 818; fi
V819=$(cmd 819)
if [ "$V819" -gt 0 ]; then echo 819; fi
V820=$(cmd 820)
if [ "$V820" -gt 0 ]; then echo 820; fi
V821=$(cmd 821)
if [ "$V821" -gt 0 ]; then echo 821; fi
V822=$(cmd 822)
if [ "$V822" -gt 0 ]; then echo 822; fi
V823=$(cmd 823)
if [ "$V823" -gt 0 ]; then echo 823; fi
V824=$(cmd 824)
if [ "$V824" -gt 0 ]; then echo 824; fi
V825=$(cmd 825)
if [ "$V825" -gt 0 ]; then echo 825; fi
V826=$(cmd 826)
if [ "$V826" -gt 0 ]; then echo 826; fi
V827=$(cmd 827)
if [ "$V827" -gt 0 ]; then echo 827; fi
V828=$(cmd 828)
if [ "$V828" -gt 0 ]; then echo 828; fi
V829=$(cmd 829)
if [ "$V829" -gt 0 ]; then echo 829; fi
V830=$(cmd 830)
if [ "$V830" -gt 0 ]; then echo 830; fi
V831=$(cmd 831)
if [ "$V831" -gt 0 ]; then echo 831; fi
V832=$(cmd 832)
if [ "$V832" -gt 0 ]; then echo 832; fi
V833=$(cmd 833)
if [ "$V833" -gt 0 ]; then echo 833; fi
V834=$(cmd 834)
if [ "$V834" -gt 0 ]; then echo 834; fi
V835=$(cmd 835)
if [ "$V835" -gt 0 ]; then echo 835; fi
V836=$(cmd 836)
if [ "$V836" -gt 0 ]; then echo 836; fi
V837=$(cmd 837)
if [ "$V837" -gt 0 ]; then echo 837; fi
V838=$(cmd 838)
if [ "$V838" -gt 0 ]; then echo 838; fi
V839=$(cmd 839)
if [ "$V839" -gt 0 ]; then echo 839; fi
V840=$(cmd 840)
if [ "$V840" -gt 0 ]; then echo 840; fi
V841=$(cmd 841)
if [ "$V841" -gt 0 ]; then echo 841; fi
V842=$(cmd 842)
if [ "$V842" -gt 0 ]; then echo 842; fi
V843=$(cmd 843)
if [ "$V843" -gt 0 ]; then echo 843; fi
V844=$(cmd 844)
if [ "$V844" -gt 0 ]; then echo 844; fi
V845=$(cmd 845)
if [ "$V845" -gt 0 ]; then echo 845; fi
V846=$(cmd 846)
if [ "$V846" -gt 0 ]; then echo 846; fi
V847=$(cmd 847)
if [ "$V847" -gt 0 ]; then echo 847; fi
V848=$(cmd 848)
if [ "$V848" -gt 0 ]; then echo 848; fi
V849=$(cmd 849)
if [ "$V849" -gt 0 ]; then echo 849; fi
V850=$(cmd 850)
if [ "$V850" -gt 0 ]; then echo 850; fi
V851=$(cmd 851)
if [ "$V851" -gt 0 ]; then echo 851; fi
V852=$(cmd 852)
if [ "$V852" -gt 0 ]; then echo 852; fi
V853=$(cmd 853)
if [ "$V853" -gt 0 ]; then echo 853; fi
V854=$(cmd 854)
if [ "$V854" -gt 0 ]; then echo 854; fi
V855=$(cmd 855)
if [ "$V855" -gt 0 ]; then echo 855; fi
V856=$(cmd 856)
if [ "$V856" -gt 0 ]; then echo 856; fi
V857=$(cmd 857)
if [ "$V857" -gt 0 ]; then echo 857; fi
V858=$(cmd 858)
if [ "$V858" -gt 0 ]; then echo 858; fi
V859=$(cmd 859)
if [ "$V859" -gt 0 ]; then echo 859; fi
V860=$(cmd 860)
if [ "$V860" -gt 0 ]; then echo 860; fi
V861=$(cmd 861)
if [ "$V861" -gt 0 ]; then echo 861; fi
V862=$(cmd 862)
if [ "$V862" -gt 0 ]; then echo 862; fi
V863=$(cmd 863)
if [ "$V863" -gt 0 ]; then echo 863; fi
V864=$(cmd 864)
if [ "$V864" -gt 0 ]; then echo 864; fi
V865=$(cmd 865)
if [ "$V865" -gt 0 ]; then echo 865; fi
V866=$(cmd 866)
if [ "$V866" -gt 0 ]; then echo 866; fi
V867=$(cmd 867)
if [ "$V867" -gt 0 ]; then echo 867; fi
V868=$(cmd 868)
if [ "$V868" -gt 0 ]; then echo 868; fi
V869=$(cmd 869)
if [ "$V869" -gt 0 ]; then echo 869; fi
V870=$(cmd 870)
if [ "$V870" -gt 0 ]; then echo 870; fi
V871=$(cmd 871)
if [ "$V871" -gt 0 ]; then echo 871; fi
V872=$(cmd 872)
if [ "$V872" -gt 0 ]; then echo 872; fi
V873=$(cmd 873)
if [ "$V873" -gt 0 ]; then echo 873; fi
V874=$(cmd 874)
if [ "$V874" -gt 0 ]; then echo 874; fi
V875=$(cmd 875)
if [ "$V875" -gt 0 ]; then echo 875; fi
V876=$(cmd 876)
if [ "$V876" -gt 0 ]; then echo 876; fi
V877=$(cmd 877)
if [ "$V877" -gt 0 ]; then echo 877; fi
V878=$(cmd 878)
if [ "$V878" -gt 0 ]; then echo 878; fi
V879=$(cmd 879)
if [ "$V879" -gt 0 ]; then echo 879; fi
V880=$(cmd 880)
if [ "$V880" -gt 0 ]; then echo 880; fi
V881=$(cmd 881)
if [ "$V881" -gt 0 ]; then echo 881; fi
V882=$(cmd 882)
if [ "$V882" -gt 0 ]; then echo 882; fi
V883=$(cmd 883)
if [ "$V883" -gt 0 ]; then echo 883; fi
V884=$(cmd 884)
if [ "$V884" -gt 0 ]; then echo 884; fi
V885=$(cmd 885)
if [ "$V885" -gt 0 ]; then echo 885; fi
V886=$(cmd 886)
if [ "$V886" -gt 0 ]; then echo 886; fi
V887=$(cmd 887)
if [ "$V887" -gt 0 ]; then echo 887; fi
V888=$(cmd 888)
if [ "$V888" -gt 0 ]; then echo 888; fi
V889=$(cmd 889)
if [ "$V889" -gt 0 ]; then echo 889; fi
V890=$(cmd 890)
if [ "$V890" -gt 0 ]; then echo 890; fi
V891=$(cmd 891)
if [ "$V891" -gt 0 ]; then echo 891; fi
V892=$(cmd 892)
if [ "$V892" -gt 0 ]; then echo 892; fi
V893=$(cmd 893)
if [ "$V893" -gt 0 ]; then echo 893; fi
V894=$(cmd 894)
if [ "$V894" -gt 0 ]; then echo 894; fi
V895=$(cmd 895)
if [ "$V895" -gt 0 ]; then echo 895; fi
V896=$(cmd 896)
if [ "$V896" -gt 0 ]; then echo 896; fi
V897=$(cmd 897)
if [ "$V897" -gt 0 ]; then echo 897; fi
V898=$(cmd 898)
if [ "$V898" -gt 0 ]; then echo 898; fi
V899=$(cmd 899)
if [ "$V899" -gt 0 ]; then echo 899; fi
V900=$(cmd 900)
if [ "$V900" -gt 0 ]; then echo 900; fi
V901=$(cmd 901)
if [ "$V901" -gt 0 ]; then echo 901; fi
V902=$(cmd 902)
if [ "$V902" -gt 0 ]; then echo 902; fi
V903=$(cmd 903)
if [ "$V903" -gt 0 ]; then echo 903; fi
V904=$(cmd 904)
if [ "$V904" -gt 0 ]; then echo 904; fi
V905=$(cmd 905)
if [ "$V905" -gt 0 ]; then echo 905; fi
V906=$(cmd 906)
if [ "$V906" -gt 0 ]; then echo 906; fi
V907=$(cmd 907)
if [ "$V907" -gt 0 ]; then echo 907; fi
V908=$(cmd 908)
if [ "$V908" -gt 0 ]; then echo 908; fi
V909=$(cmd 909)
if [ "$V909" -gt 0 ]; then echo 909; fi
V910=$(cmd 910)
if [ "$V910" -gt 0 ]; then echo 910; fi
V911=$(cmd 911)
if [ "$V911" -gt 0 ]; then echo 911; fi
V912=$(cmd 912)
if [ "$V912" -gt 0 ]; then echo 912; fi
V913=$(cmd 913)
if [ "$V913" -gt 0 ]; then echo 913; fi
V914=$(cmd 914)
if [ "$V914" -gt 0 ]; then echo 914; fi
V915=$(cmd 915)
if [ "$V915" -gt 0 ]; then echo 915; fi
V916=$(cmd 916)
if [ "$V916" -gt 0 ]; then echo 916; fi
V917=$(cmd 917)
if [ "$V917" -gt 0 ]; then echo 917; fi
V918=$(cmd 918)
if [ "$V918" -gt 0 ]; then echo 918; fi
V919=$(cmd 919)
if [ "$V919" -gt 0 ]; then echo 919; fi
V920=$(cmd 920)
if [ "$V920" -gt 0 ]; then echo 920; fi
V921=$(cmd 921)
if [ "$V921" -gt 0 ]; then echo 921; fi
V922=$(cmd 922)
if [ "$V922" -gt 0 ]; then echo 922; fi
V923=$(cmd 923)
if [ "$V923" -gt 0 ]; then echo 923; fi
V924=$(cmd 924)
if [ "$V924" -gt 0 ]; then echo 924; fi
V925=$(cmd 925)
if [ "$V925" -gt 0 ]; then echo 925; fi
V926=$(cmd 926)
if [ "$V926" -gt 0 ]; then echo 926; fi
V927=$(cmd 927)
if [ "$V927" -gt 0 ]; then echo 927; fi
V928=$(cmd 928)
if [ "$V928" -gt 0 ]; then echo 928; fi
V929=$(cmd 929)
if [ "$V929" -gt 0 ]; then echo 929; fi
V930=$(cmd 930)
if [ "$V930" -gt 0 ]; then echo 930; fi
V931=$(cmd 931)
if [ "$V931" -gt 0 ]; then echo 931; fi
V932=$(cmd 932)
if [ "$V932" -gt 0 ]; then echo 932; fi
V933=$(cmd 933)
if [ "$V933" -gt 0 ]; then echo 933; fi
V934=$(cmd 934)
if [ "$V934" -gt 0 ]; then echo 934; fi
V935=$(cmd 935)
if [ "$V935" -gt 0 ]; then echo 935; fi
V936=$(cmd 936)
if [ "$V936" -gt 0 ]; then echo 936; fi
V937=$(cmd 937)
if [ "$V937" -gt 0 ]; then echo 937; fi
V938=$(cmd 938)
if [ "$V938" -gt 0 ]; then echo 938; fi
V939=$(cmd 939)
if [ "$V939" -gt 0 ]; then echo 939; fi
V940=$(cmd 940)
if [ "$V940" -gt 0 ]; then echo 940; fi
V941=$(cmd 941)
if [ "$V941" -gt 0 ]; then echo 941; fi
V942=$(cmd 942)
if [ "$V942" -gt 0 ]; then echo 942; fi
V943=$(cmd 943)
if [ "$V943" -gt 0 ]; then echo 943; fi
V944=$(cmd 944)
if [ "$V944" -gt 0 ]; then echo 944; fi
V945=$(cmd 945)
if [ "$V945" -gt 0 ]; then echo 945; fi
V946=$(cmd 946)
if [ "$V946" -gt 0 ]; then echo 946; fi
V947=$(cmd 947)
if [ "$V947" -gt 0 ]; then echo 947; fi
V948=$(cmd 948)
if [ "$V948" -gt 0 ]; then echo 948; fi
V949=$(cmd 949)
if [ "$V949" -gt 0 ]; then echo 949; fi
V950=$(cmd 950)
if [ "$V950" -gt 0 ]; then echo 950; fi
V951=$(cmd 951)
if [ "$V951" -gt 0 ]; then echo 951; fi
V952=$(cmd 952)
if [ "$V952" -gt 0 ]; then echo 952; fi
V953=$(cmd 953)
if [ "$V953" -gt 0 ]; then echo 953; fi
V954=$(cmd 954)
if [ "$V954" -gt 0 ]; then echo 954; fi
V955=$(cmd 955)
if [ "$V955" -gt 0 ]; then echo 955; fi
V956=$(cmd 956)
if [ "$V956" -gt 0 ]; then echo 956; fi
V957=$(cmd 957)
if [ "$V957" -gt 0 ]; then echo 957; fi
V958=$(cmd 958)
if [ "$V958" -gt 0 ]; then echo 958; fi
V959=$(cmd 959)
if [ "$V959" -gt 0 ]; then echo 959; fi
V960=$(cmd 960)
if [ "$V960" -gt 0 ]; then echo 960; fi
V961=$(cmd 961)
if [ "$V961" -gt 0 ]; then echo 961; fi
V962=$(cmd 962)
if [ "$V962" -gt 0 ]; then echo 962; fi
V963=$(cmd 963)
if [ "$V963" -gt 0 ]; then echo 963; fi
V964=$(cmd 964)
if [ "$V964" -gt 0 ]; then echo 964; fi
V965=$(cmd 965)
if [ "$V965" -gt 0 ]; then echo 965; fi
V966=$(cmd 966)
if [ "$V966" -gt 0 ]; then echo 966; fi
V967=$(cmd 967)
if [ "$V967" -gt 0 ]; then echo 967; fi
V968=$(cmd 968)
if [ "$V968" -gt 0 ]; then echo 968; fi
V969=$(cmd 969)
if [ "$V969" -gt 0 ]; then echo 969; fi
V970=$(cmd 970)
if [ "$V970" -gt 0 ]; then echo 970; fi
V971=$(cmd 971)
if [ "$V971" -gt 0 ]; then echo 971; fi
V972=$(cmd 972)
if [ "$V972" -gt 0 ]; then echo 972; fi
V973=$(cmd 973)
if [ "$V973" -gt 0 ]; then echo 973; fi
V974=$(cmd 974)
if [ "$V974" -gt 0 ]; then echo 974; fi
V975=$(cmd 975)
if [ "$V975" -gt 0 ]; then echo 975; fi
V976=$(cmd 976)
if [ "$V976" -gt 0 ]; then echo 976; fi
V977=$(cmd 977)
if [ "$V977" -gt 0 ]; then echo 977; fi
V978=$(cmd 978)
if [ "$V978" -gt 0 ]; then echo 978; fi
V979=$(cmd 979)
if [ "$V979" -gt 0 ]; then echo 979; fi
V980=$(cmd 980)
if [ "$V980" -gt 0 ]; then echo 980; fi
V981=$(cmd 981)
if [ "$V981" -gt 0 ]; then echo 981; fi
V982=$(cmd 982)
if [ "$V982" -gt 0 ]; then echo 982; fi
V983=$(cmd 983)
if [ "$V983" -gt 0 ]; then echo 983; fi
V984=$(cmd 984)
if [ "$V984" -gt 0 ]; then echo 984; fi
V985=$(cmd 985)
if [ "$V985" -gt 0 ]; then echo 985; fi
V986=$(cmd 986)
if [ "$V986" -gt 0 ]; then echo 986; fi
V987=$(cmd 987)
if [ "$V987" -gt 0 ]; then echo 987; fi
V988=$(cmd 988)
if [ "$V988" -gt 0 ]; then echo 988; fi
V989=$(cmd 989)
if [ "$V989" -gt 0 ]; then echo 989; fi
V990=$(cmd 990)
if [ "$V990" -gt 0 ]; then echo 990; fi
V991=$(cmd 991)
if [ "$V991" -gt 0 ]; then echo 991; fi
V992=$(cmd 992)
if [ "$V992" -gt 0 ]; then echo 992; fi
V993=$(cmd 993)
if [ "$V993" -gt 0 ]; then echo 993; fi
V994=$(cmd 994)
if [ "$V994" -gt 0 ]; then echo 994; fi
V995=$(cmd 995)
if [ "$V995" -gt 0 ]; then echo 995; fi
V996=$(cmd 996)
if [ "$V996" -gt 0 ]; then echo 996; fi
V997=$(cmd 997)
if [ "$V997" -gt 0 ]; then echo 997; fi
V998=$(cmd 998)
if [ "$V998" -gt 0 ]; then echo 998; fi
V999=$(cmd 999)
if [ "$V999" -gt 0 ]; then echo 999; fi
V1000=$(cmd 1000)
if [ "$V1000" -gt 0 ]; then echo 1000; fi
V1001=$(cmd 1001)
if [ "$V1001" -gt 0 ]; then echo 1001; fi
V1002=$(cmd 1002)
if [ "$V1002" -gt 0 ]; then echo 1002; fi
V1003=$(cmd 1003)
if [ "$V1003" -gt 0 ]; then echo 1003; fi
V1004=$(cmd 1004)
if [ "$V1004" -gt 0 ]; then echo 1004; fi
V1005=$(cmd 1005)
if [ "$V1005" -gt 0 ]; then echo 1005; fi
V1006=$(cmd 1006)
if [ "$V1006" -gt 0 ]; then echo 1006; fi
V1007=$(cmd 1007)
if [ "$V1007" -gt 0 ]; then echo 1007; fi
V1008=$(cmd 1008)
if [ "$V1008" -gt 0 ]; then echo 1008; fi
V1009=$(cmd 1009)
if [ "$V1009" -gt 0 ]; then echo 1009; fi
V1010=$(cmd 1010)
if [ "$V1010" -gt 0 ]; then echo 1010; fi
V1011=$(cmd 1011)
if [ "$V1011" -gt 0 ]; then echo 1011; fi
V1012=$(cmd 1012)
if [ "$V1012" -gt 0 ]; then echo 1012; fi
V1013=$(cmd 1013)
if [ "$V1013" -gt 0 ]; then echo 1013; fi
V1014=$(cmd 1014)
if [ "$V1014" -gt 0 ]; then echo 1014; fi
V1015=$(cmd 1015)
if [ "$V1015" -gt 0 ]; then echo 1015; fi
V1016=$(cmd 1016)
if [ "$V1016" -gt 0 ]; then echo 1016; fi
V1017=$(cmd 1017)
if [ "$V1017" -gt 0 ]; then echo 1017; fi
V1018=$(cmd 1018)
if [ "$V1018" -gt 0 ]; then echo 1018; fi
V1019=$(cmd 1019)
if [ "$V1019" -gt 0 ]; then echo 1019; fi
V1020=$(cmd 1020)
if [ "$V1020" -gt 0 ]; then echo 1020; fi
V1021=$(cmd 1021)
if [ "$V1021" -gt 0 ]; then echo 1021; fi
V1022=$(cmd 1022)
if [ "$V1022" -gt 0 ]; then echo 1022; fi
V1023=$(cmd 1023)
if [ "$V1023" -gt 0 ]; then echo 1023; fi
V1024=$(cmd 1024)
if [ "$V1024" -gt 0 ]; then echo 1024; fi
V1025=$(cmd 1025)
if [ "$V1025" -gt 0 ]; then echo 1025; fi
V1026=$(cmd 1026)
if [ "$V1026" -gt 0 ]; then echo 1026; fi
V1027=$(cmd 1027)
if [ "$V1027" -gt 0 ]; then echo 1027; fi
V1028=$(cmd 1028)
if [ "$V1028" -gt 0 ]; then echo 1028; fi
V1029=$(cmd 1029)
if [ "$V1029" -gt 0 ]; then echo 1029; fi
V1030=$(cmd 1030)
if [ "$V1030" -gt 0 ]; then echo 1030; fi
V1031=$(cmd 1031)
if [ "$V1031" -gt 0 ]; then echo 1031; fi
V1032=$(cmd 1032)
if [ "$V1032" -gt 0 ]; then echo 1032; fi
V1033=$(cmd 1033)
if [ "$V1033" -gt 0 ]; then echo 1033; fi
V1034=$(cmd 1034)
if [ "$V1034" -gt 0 ]; then echo 1034; fi
V1035=$(cmd 1035)
if [ "$V1035" -gt 0 ]; then echo 1035; fi
V1036=$(cmd 1036)
if [ "$V1036" -gt 0 ]; then echo 1036; fi
V1037=$(cmd 1037)
if [ "$V1037" -gt 0 ]; then echo 1037; fi
V1038=$(cmd 1038)
if [ "$V1038" -gt 0 ]; then echo 1038; fi
V1039=$(cmd 1039)
if [ "$V1039" -gt 0 ]; then echo 1039; fi
V1040=$(cmd 1040)
if [ "$V1040" -gt 0 ]; then echo 1040; fi
V1041=$(cmd 1041)
if [ "$V1041" -gt 0 ]; then echo 1041; fi
V1042=$(cmd 1042)
if [ "$V1042" -gt 0 ]; then echo 1042; fi
V1043=$(cmd 1043)
if [ "$V1043" -gt 0 ]; then echo 1043; fi
V1044=$(cmd 1044)
if [ "$V1044" -gt 0 ]; then echo 1044; fi
V1045=$(cmd 1045)
if [ "$V1045" -gt 0 ]; then echo 1045; fi
V1046=$(cmd 1046)
if [ "$V1046" -gt 0 ]; then echo 1046; fi
V1047=$(cmd 1047)
if [ "$V1047" -gt 0 ]; then echo 1047; fi
V1048=$(cmd 1048)
if [ "$V1048" -gt 0 ]; then echo 1048; fi
V1049=$(cmd 1049)
if [ "$V1049" -gt 0 ]; then echo 1049; fi
V1050=$(cmd 1050)
if [ "$V1050" -gt 0 ]; then echo 1050; fi
V1051=$(cmd 1051)
if [ "$V1051" -gt 0 ]; then echo 1051; fi
V1052=$(cmd 1052)
if [ "$V1052" -gt 0 ]; then echo 1052; fi
V1053=$(cmd 1053)
if [ "$V1053" -gt 0 ]; then echo 1053; fi
V1054=$(cmd 1054)
if [ "$V1054" -gt 0 ]; then echo 1054; fi
V1055=$(cmd 1055)
if [ "$V1055" -gt 0 ]; then echo 1055; fi
V1056=$(cmd 1056)
if [ "$V1056" -gt 0 ]; then echo 1056; fi
V1057=$(cmd 1057)
if [ "$V1057" -gt 0 ]; then echo 1057; fi
V1058=$(cmd 1058)
if [ "$V1058" -gt 0 ]; then echo 1058; fi
V1059=$(cmd 1059)
if [ "$V1059" -gt 0 ]; then echo 1059; fi
V1060=$(cmd 1060)
if [ "$V1060" -gt 0 ]; then echo 1060; fi
V1061=$(cmd 1061)
if [ "$V1061" -gt 0 ]; then echo 1061; fi
V1062=$(cmd 1062)
if [ "$V1062" -gt 0 ]; then echo 1062; fi
V1063=$(cmd 1063)
if [ "$V1063" -gt 0 ]; then echo 1063; fi
V1064=$(cmd 1064)
if [ "$V1064" -gt 0 ]; then echo 1064; fi
V1065=$(cmd 1065)
if [ "$V1065" -gt 0 ]; then echo 1065; fi
V1066=$(cmd 1066)
if [ "$V1066" -gt 0 ]; then echo 1066; fi
V1067=$(cmd 1067)
if [ "$V1067" -gt 0 ]; then echo 1067; fi
V1068=$(cmd 1068)
if [ "$V1068" -gt 0 ]; then echo 1068; fi
V1069=$(cmd 1069)
if [ "$V1069" -gt 0 ]; then echo 1069; fi
V1070=$(cmd 1070)
if [ "$V1070" -gt 0 ]; then echo 1070; fi
V1071=$(cmd 1071)
if [ "$V1071" -gt 0 ]; then echo 1071; fi
V1072=$(cmd 1072)
if [ "$V1072" -gt 0 ]; then echo 1072; fi
V1073=$(cmd 1073)
if [ "$V1073" -gt 0 ]; then echo 1073; fi
V1074=$(cmd 1074)
if [ "$V1074" -gt 0 ]; then echo 1074; fi
V1075=$(cmd 1075)
if [ "$V1075" -gt 0 ]; then echo 1075; fi
V1076=$(cmd 1076)
if [ "$V1076" -gt 0 ]; then echo 1076; fi
V1077=$(cmd 1077)
if [ "$V1077" -gt 0 ]; then echo 1077; fi
V1078=$(cmd 1078)
if [ "$V1078" -gt 0 ]; then echo 1078; fi
V1079=$(cmd 1079)
if [ "$V1079" -gt 0 ]; then echo 1079; fi
V1080=$(cmd 1080)
if [ "$V1080" -gt 0 ]; then echo 1080; fi
V1081=$(cmd 1081)
if [ "$V1081" -gt 0 ]; then echo 1081; fi
V1082=$(cmd 1082)
if [ "$V1082" -gt 0 ]; then echo 1082; fi
V1083=$(cmd 1083)
if [ "$V1083" -gt 0 ]; then echo 1083; fi
V1084=$(cmd 1084)
if [ "$V1084" -gt 0 ]; then echo 1084; fi
V1085=$(cmd 1085)
if [ "$V1085" -gt 0 ]; then echo 1085; fi
V1086=$(cmd 1086)
if [ "$V1086" -gt 0 ]; then echo 1086; fi
V1087=$(cmd 1087)
if [ "$V1087" -gt 0 ]; then echo 1087; fi
V1088=$(cmd 1088)
if [ "$V1088" -gt 0 ]; then echo 1088; fi
V1089=$(cmd 1089)
if [ "$V1089" -gt 0 ]; then echo 1089; fi
V1090=$(cmd 1090)
if [ "$V1090" -gt 0 ]; then echo 1090; fi
V1091=$(cmd 1091)
if [ "$V1091" -gt 0 ]; then echo 1091; fi
V1092=$(cmd 1092)
if [ "$V1092" -gt 0 ]; then echo 1092; fi
V1093=$(cmd 1093)
if [ "$V1093" -gt 0 ]; then echo 1093; fi
V1094=$(cmd 1094)
if [ "$V1094" -gt 0 ]; then echo 1094; fi
V1095=$(cmd 1095)
if [ "$V1095" -gt 0 ]; then echo 1095; fi
V1096=$(cmd 1096)
if [ "$V1096" -gt 0 ]; then echo 1096; fi
V1097=$(cmd 1097)
if [ "$V1097" -gt 0 ]; then echo 1097; fi
V1098=$(cmd 1098)
if [ "$V1098" -gt 0 ]; then echo 1098; fi
V1099=$(cmd 1099)
if [ "$V1099" -gt 0 ]; then echo 1099; fi
V1100=$(cmd 1100)
if [ "$V1100" -gt 0 ]; then echo 1100; fi
V1101=$(cmd 1101)
if [ "$V1101" -gt 0 ]; then echo 1101; fi
V1102=$(cmd 1102)
if [ "$V1102" -gt 0 ]; then echo 1102; fi
V1103=$(cmd 1103)
if [ "$V1103" -gt 0 ]; then echo 1103; fi
V1104=$(cmd 1104)
if [ "$V1104" -gt 0 ]; then echo 1104; fi
V1105=$(cmd 1105)
if [ "$V1105" -gt 0 ]; then echo 1105; fi
V1106=$(cmd 1106)
if [ "$V1106" -gt 0 ]; then echo 1106; fi
V1107=$(cmd 1107)
if [ "$V1107" -gt 0 ]; then echo 1107; fi
V1108=$(cmd 1108)
if [ "$V1108" -gt 0 ]; then echo 1108; fi
V1109=$(cmd 1109)
if [ "$V1109" -gt 0 ]; then echo 1109; fi
V1110=$(cmd 1110)
if [ "$V1110" -gt 0 ]; then echo 1110; fi
V1111=$(cmd 1111)
if [ "$V1111" -gt 0 ]; then echo 1111; fi
V1112=$(cmd 1112)
if [ "$V1112" -gt 0 ]; then echo 1112; fi
V1113=$(cmd 1113)
if [ "$V1113" -gt 0 ]; then echo 1113; fi
V1114=$(cmd 1114)
if [ "$V1114" -gt 0 ]; then echo 1114; fi
V1115=$(cmd 1115)
if [ "$V1115" -gt 0 ]; then echo 1115; fi
V1116=$(cmd 1116)
if [ "$V1116" -gt 0 ]; then echo 1116; fi
V1117=$(cmd 1117)
if [ "$V1117" -gt 0 ]; then echo 1117; fi
V1118=$(cmd 1118)
if [ "$V1118" -gt 0 ]; then echo 1118; fi
V1119=$(cmd 1119)
if [ "$V1119" -gt 0 ]; then echo 1119; fi
V1120=$(cmd 1120)
if [ "$V1120" -gt 0 ]; then echo 1120; fi
V1121=$(cmd 1121)
if [ "$V1121" -gt 0 ]; then echo 1121; fi
V1122=$(cmd 1122)
if [ "$V1122" -gt 0 ]; then echo 1122; fi
V1123=$(cmd 1123)
if [ "$V1123" -gt 0 ]; then echo 1123; fi
V1124=$(cmd 1124)
if [ "$V1124" -gt 0 ]; then echo 1124; fi
V1125=$(cmd 1125)
if [ "$V1125" -gt 0 ]; then echo 1125; fi
V1126=$(cmd 1126)
if [ "$V1126" -gt 0 ]; then echo 1126; fi
V1127=$(cmd 1127)
if [ "$V1127" -gt 0 ]; then echo 1127; fi
V1128=$(cmd 1128)
if [ "$V1128" -gt 0 ]; then echo 1128; fi
V1129=$(cmd 1129)
if [ "$V1129" -gt 0 ]; then echo 1129; fi
V1130=$(cmd 1130)
if [ "$V1130" -gt 0 ]; then echo 1130; fi
V1131=$(cmd 1131)
if [ "$V1131" -gt 0 ]; then echo 1131; fi
V1132=$(cmd 1132)
if [ "$V1132" -gt 0 ]; then echo 1132; fi
V1133=$(cmd 1133)
if [ "$V1133" -gt 0 ]; then echo 1133; fi
V1134=$(cmd 1134)
if [ "$V1134" -gt 0 ]; then echo 1134; fi
V1135=$(cmd 1135)
if [ "$V1135" -gt 0 ]; then echo 1135; fi
V1136=$(cmd 1136)
if [ "$V1136" -gt 0 ]; then echo 1136; fi
V1137=$(cmd 1137)
if [ "$V1137" -gt 0 ]; then echo 1137; fi
V1138=$(cmd 1138)
if [ "$V1138" -gt 0 ]; then echo 1138; fi
V1139=$(cmd 1139)
if [ "$V1139" -gt 0 ]; then echo 1139; fi
V1140=$(cmd 1140)
if [ "$V1140" -gt 0 ]; then echo 1140; fi
V1141=$(cmd 1141)
if [ "$V1141" -gt 0 ]; then echo 1141; fi
V1142=$(cmd 1142)
if [ "$V1142" -gt 0 ]; then echo 1142; fi
V1143=$(cmd 1143)
if [ "$V1143" -gt 0 ]; then echo 1143; fi
V1144=$(cmd 1144)
if [ "$V1144" -gt 0 ]; then echo 1144; fi
V1145=$(cmd 1145)
if [ "$V1145" -gt 0 ]; then echo 1145; fi
V1146=$(cmd 1146)
if [ "$V1146" -gt 0 ]; then echo 1146; fi
V1147=$(cmd 1147)
if [ "$V1147" -gt 0 ]; then echo 1147; fi
V1148=$(cmd 1148)
if [ "$V1148" -gt 0 ]; then echo 1148; fi
V1149=$(cmd 1149)
if [ "$V1149" -gt 0 ]; then echo 1149; fi
V1150=$(cmd 1150)
if [ "$V1150" -gt 0 ]; then echo 1150; fi
V1151=$(cmd 1151)
if [ "$V1151" -gt 0 ]; then echo 1151; fi
V1152=$(cmd 1152)
if [ "$V1152" -gt 0 ]; then echo 1152; fi
V1153=$(cmd 1153)
if [ "$V1153" -gt 0 ]; then echo 1153; fi
V1154=$(cmd 1154)
if [ "$V1154" -gt 0 ]; then echo 1154; fi
V1155=$(cmd 1155)
if [ "$V1155" -gt 0 ]; then echo 1155; fi
V1156=$(cmd 1156)
if [ "$V1156" -gt 0 ]; then echo 1156; fi
V1157=$(cmd 1157)
if [ "$V1157" -gt 0 ]; then echo 1157; fi
V1158=$(cmd 1158)
if [ "$V1158" -gt 0 ]; then echo 1158; fi
V1159=$(cmd 1159)
if [ "$V1159" -gt 0 ]; then echo 1159; fi
V1160=$(cmd 1160)
if [ "$V1160" -gt 0 ]; then echo 1160; fi
V1161=$(cmd 1161)
if [ "$V1161" -gt 0 ]; then echo 1161; fi
V1162=$(cmd 1162)
if [ "$V1162" -gt 0 ]; then echo 1162; fi
V1163=$(cmd 1163)
if [ "$V1163" -gt 0 ]; then echo 1163; fi
V1164=$(cmd 1164)
if [ "$V1164" -gt 0 ]; then echo 1164; fi
V1165=$(cmd 1165)
if [ "$V1165" -gt 0 ]; then echo 1165; fi
V1166=$(cmd 1166)
if [ "$V1166" -gt 0 ]; then echo 1166; fi
V1167=$(cmd 1167)
if [ "$V1167" -gt 0 ]; then echo 1167; fi
V1168=$(cmd 1168)
if [ "$V1168" -gt 0 ]; then echo 1168; fi
V1169=$(cmd 1169)
if [ "$V1169" -gt 0 ]; then echo 1169; fi
V1170=$(cmd 1170)
if [ "$V1170" -gt 0 ]; then echo 1170; fi
V1171=$(cmd 1171)
if [ "$V1171" -gt 0 ]; then echo 1171; fi
V1172=$(cmd 1172)
if [ "$V1172" -gt 0 ]; then echo 1172; fi
V1173=$(cmd 1173)
if [ "$V1173" -gt 0 ]; then echo 1173; fi
V1174=$(cmd 1174)
if [ "$V1174" -gt 0 ]; then echo 1174; fi
V1175=$(cmd 1175)
if [ "$V1175" -gt 0 ]; then echo 1175; fi
V1176=$(cmd 1176)
if [ "$V1176" -gt 0 ]; then echo 1176; fi
V1177=$(cmd 1177)
if [ "$V1177" -gt 0 ]; then echo 1177; fi
V1178=$(cmd 1178)
if [ "$V1178" -gt 0 ]; then echo 1178; fi
V1179=$(cmd 1179)
if [ "$V1179" -gt 0 ]; then echo 1179; fi
V1180=$(cmd 1180)
if [ "$V1180" -gt 0 ]; then echo 1180; fi
V1181=$(cmd 1181)
if [ "$V1181" -gt 0 ]; then echo 1181; fi
V1182=$(cmd 1182)
if [ "$V1182" -gt 0 ]; then echo 1182; fi
V1183=$(cmd 1183)
if [ "$V1183" -gt 0 ]; then echo 1183; fi
V1184=$(cmd 1184)
if [ "$V1184" -gt 0 ]; then echo 1184; fi
V1185=$(cmd 1185)
if [ "$V1185" -gt 0 ]; then echo 1185; fi
V1186=$(cmd 1186)
if [ "$V1186" -gt 0 ]; then echo 1186; fi
V1187=$(cmd 1187)
if [ "$V1187" -gt 0 ]; then echo 1187; fi
V1188=$(cmd 1188)
if [ "$V1188" -gt 0 ]; then echo 1188; fi
V1189=$(cmd 1189)
if [ "$V1189" -gt 0 ]; then echo 1189; fi
V1190=$(cmd 1190)
if [ "$V1190" -gt 0 ]; then echo 1190; fi
V1191=$(cmd 1191)
if [ "$V1191" -gt 0 ]; then echo 1191; fi
V1192=$(cmd 1192)
if [ "$V1192" -gt 0 ]; then echo 1192; fi
V1193=$(cmd 1193)
if [ "$V1193" -gt 0 ]; then echo 1193; fi
V1194=$(cmd 1194)
if [ "$V1194" -gt 0 ]; then echo 1194; fi
V1195=$(cmd 1195)
if [ "$V1195" -gt 0 ]; then echo 1195; fi
V1196=$(cmd 1196)
if [ "$V1196" -gt 0 ]; then echo 1196; fi
V1197=$(cmd 1197)
if [ "$V1197" -gt 0 ]; then echo 1197; fi
V1198=$(cmd 1198)
if [ "$V1198" -gt 0 ]; then echo 1198; fi
V1199=$(cmd 1199)
if [ "$V1199" -gt 0 ]; then echo 1199; fi
