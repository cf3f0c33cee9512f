// Corpus for the objdump oracle test (tests/ia64/test_objdump_oracle.c):
// every bundle template, the pseudo-ops objdump prints, and one instance of
// every row of src/ia64/opcodes.def (its op id and format in the comment).
// Assembled with: ia64-linux-gnu-as -x corpus.S (no dependency warnings).
// Each instruction of the row section is its own instruction group (;;);
// srlz.i follows the system instructions whose effects later ones use.
// Not here: hint.b, which gas refuses to assemble ("hint.b shouldn't be
// used"); the random half of the oracle test covers it.
	.text
	.global L
L:
// ---- the 24 templates (SDM vol. 1 Table 3-10), stops included ----
{ .mii
	nop.m 0
	nop.i 1
	nop.i 2
}
{ .mii
	nop.m 3
	nop.i 4
	nop.i 5 ;;
}
{ .mii
	nop.m 6
	nop.i 7 ;;
	nop.i 8
}
{ .mii
	nop.m 9
	nop.i 10 ;;
	nop.i 11 ;;
}
{ .mlx
	nop.m 12
	movl r8=0x123456789abcdef0
}
{ .mlx
	nop.m 13
	nop.x 0x3fffffffffffffff ;;
}
{ .mmi
	nop.m 14
	nop.m 15
	nop.i 16
}
{ .mmi
	nop.m 17
	nop.m 18
	nop.i 19 ;;
}
{ .mmi
	nop.m 20 ;;
	nop.m 21
	nop.i 22
}
{ .mmi
	nop.m 23 ;;
	nop.m 24
	nop.i 25 ;;
}
{ .mfi
	nop.m 26
	nop.f 27
	nop.i 28
}
{ .mfi
	nop.m 29
	nop.f 30
	nop.i 31 ;;
}
{ .mmf
	nop.m 32
	nop.m 33
	nop.f 34
}
{ .mmf
	nop.m 35
	nop.m 36
	nop.f 37 ;;
}
{ .mib
	nop.m 38
	nop.i 39
	nop.b 40
}
{ .mib
	nop.m 41
	nop.i 42
	nop.b 43 ;;
}
{ .mbb
	nop.m 44
	nop.b 45
	nop.b 46
}
{ .mbb
	nop.m 47
	nop.b 48
	nop.b 49 ;;
}
{ .bbb
	nop.b 50
	nop.b 51
	nop.b 52
}
{ .bbb
	nop.b 53
	nop.b 54
	nop.b 55 ;;
}
{ .mmb
	nop.m 56
	nop.m 57
	nop.b 58
}
{ .mmb
	nop.m 59
	nop.m 60
	nop.b 61 ;;
}
{ .mfb
	nop.m 62
	nop.f 63
	nop.b 64
}
{ .mfb
	nop.m 65
	nop.f 66
	nop.b 67 ;;
}
// ---- pseudo-ops objdump prints for particular operand values ----
	mov r8=r9 ;;			// adds r8=0,r9
	mov r8=-1234567 ;;		// addl r8=imm22,r0
	shr.u r8=r9,5 ;;		// extr.u r8=r9,5,59
	shr r8=r9,63 ;;			// extr r8=r9,63,1
	shl r8=r9,7 ;;			// dep.z r8=r9,7,57
	fnorm.s0 f6=f7 ;;		// fma f6=f7,f1,f0
	fadd.s.s1 f6=f7,f8 ;;		// fma.s f6=f7,f1,f8
	fmpy.d.s2 f6=f7,f8 ;;		// fma.d f6=f7,f8,f0
	fsub.s3 f6=f7,f8 ;;		// fms f6=f7,f1,f8
	fnmpy.s0 f6=f7,f8 ;;		// fnma f6=f7,f8,f0
	fpmpy.s0 f6=f7,f8 ;;		// fpma f6=f7,f8,f0
	fpnmpy.s1 f6=f7,f8 ;;		// fpnma f6=f7,f8,f0
	xmpy.l f6=f7,f8 ;;		// xma.l f6=f7,f8,f0
	xmpy.hu f6=f7,f8 ;;		// xma.hu f6=f7,f8,f0
	mov f6=f7 ;;			// fmerge.s f6=f7,f7
	fabs f6=f7 ;;			// fmerge.s f6=f0,f7
	fneg f6=f7 ;;			// fmerge.ns f6=f7,f7
	fnegabs f6=f7 ;;		// fmerge.ns f6=f0,f7
	fpabs f6=f7 ;;			// fpmerge.s f6=f0,f7
	fpneg f6=f7 ;;			// fpmerge.ns f6=f7,f7
	fpnegabs f6=f7 ;;		// fpmerge.ns f6=f0,f7
	br.few L ;;			// br.cond.sptk.few, qp 0
	br.many.clr b6 ;;		// br.cond.sptk.many.clr b6, qp 0
	brl.many L ;;			// brl.cond.sptk.many, qp 0
	mov b6=r3 ;;			// mov b6=r3 with no hints: no tag shown
	alloc r34=ar.pfs,2,1,0,0 ;;	// objdump: sof,sol,sor
	(p6) add r8=r9,r10 ;;		// objdump pads the qp: (p06)
// ---- one instance of every row of opcodes.def ----
	add r102=r11,r59 ;;                     // add (A1)
	add r73=r66,r102,1 ;;                   // add_1 (A1)
	sub r2=r75,r72,1 ;;                     // sub_1 (A1)
	sub r5=r47,r70 ;;                       // sub (A1)
	addp4 r70=r24,r64 ;;                    // addp4 (A1)
	and r34=r69,r127 ;;                     // and (A1)
	andcm r62=r88,r108 ;;                   // andcm (A1)
	or r78=r118,r101 ;;                     // or (A1)
	xor r47=r118,r6 ;;                      // xor (A1)
	shladd r86=r54,2,r115 ;;                // shladd (A2)
	shladdp4 r46=r81,2,r100 ;;              // shladdp4 (A2)
	sub r33=85,r113 ;;                      // sub_imm (A3)
	and r41=95,r80 ;;                       // and_imm (A3)
	andcm r68=113,r123 ;;                   // andcm_imm (A3)
	or r16=-85,r15 ;;                       // or_imm (A3)
	xor r85=-1,r105 ;;                      // xor_imm (A3)
	adds r122=-1871,r20 ;;                  // adds (A4)
	addp4 r4=1597,r14 ;;                    // addp4_imm (A4)
	padd1 r116=r30,r69 ;;                   // padd1 (A9)
	padd1.sss r75=r70,r73 ;;                // padd1_sss (A9)
	padd1.uuu r71=r118,r69 ;;               // padd1_uuu (A9)
	padd1.uus r42=r60,r37 ;;                // padd1_uus (A9)
	psub1 r124=r105,r70 ;;                  // psub1 (A9)
	psub1.sss r107=r89,r29 ;;               // psub1_sss (A9)
	psub1.uuu r92=r97,r43 ;;                // psub1_uuu (A9)
	psub1.uus r56=r33,r108 ;;               // psub1_uus (A9)
	pavg1 r34=r69,r69 ;;                    // pavg1 (A9)
	pavg1.raz r22=r45,r94 ;;                // pavg1_raz (A9)
	pavgsub1 r120=r125,r60 ;;               // pavgsub1 (A9)
	pcmp1.eq r123=r37,r29 ;;                // pcmp1_eq (A9)
	pcmp1.gt r27=r11,r85 ;;                 // pcmp1_gt (A9)
	padd2 r8=r34,r105 ;;                    // padd2 (A9)
	padd2.sss r18=r41,r124 ;;               // padd2_sss (A9)
	padd2.uuu r19=r23,r42 ;;                // padd2_uuu (A9)
	padd2.uus r31=r12,r12 ;;                // padd2_uus (A9)
	psub2 r98=r23,r96 ;;                    // psub2 (A9)
	psub2.sss r3=r77,r5 ;;                  // psub2_sss (A9)
	psub2.uuu r80=r86,r124 ;;               // psub2_uuu (A9)
	psub2.uus r41=r126,r33 ;;               // psub2_uus (A9)
	pavg2 r63=r121,r60 ;;                   // pavg2 (A9)
	pavg2.raz r73=r46,r123 ;;               // pavg2_raz (A9)
	pavgsub2 r53=r59,r90 ;;                 // pavgsub2 (A9)
	pcmp2.eq r114=r120,r99 ;;               // pcmp2_eq (A9)
	pcmp2.gt r127=r116,r117 ;;              // pcmp2_gt (A9)
	pshladd2 r91=r46,3,r116 ;;              // pshladd2 (A10)
	pshradd2 r23=r43,3,r80 ;;               // pshradd2 (A10)
	padd4 r90=r45,r44 ;;                    // padd4 (A9)
	psub4 r104=r26,r4 ;;                    // psub4 (A9)
	pcmp4.eq r62=r14,r112 ;;                // pcmp4_eq (A9)
	pcmp4.gt r94=r68,r9 ;;                  // pcmp4_gt (A9)
	addl r46=-1327101,r3 ;;                 // addl (A5)
	cmp.lt p8,p53=r36,r104 ;;               // cmp_lt (A6)
	cmp.lt.unc p31,p40=r117,r68 ;;          // cmp_lt_unc (A6)
	cmp.eq.and p59,p3=r117,r72 ;;           // cmp_eq_and (A6)
	cmp.ne.and p50,p46=r57,r66 ;;           // cmp_ne_and (A6)
	cmp.gt.and p23,p28=r0,r3 ;;             // cmp_gt_and_r0 (A7)
	cmp.le.and p37,p16=r0,r2 ;;             // cmp_le_and_r0 (A7)
	cmp.ge.and p41,p29=r0,r26 ;;            // cmp_ge_and_r0 (A7)
	cmp.lt.and p2,p9=r0,r70 ;;              // cmp_lt_and_r0 (A7)
	cmp4.lt p35,p51=r43,r62 ;;              // cmp4_lt (A6)
	cmp4.lt.unc p33,p24=r31,r51 ;;          // cmp4_lt_unc (A6)
	cmp4.eq.and p2,p24=r32,r117 ;;          // cmp4_eq_and (A6)
	cmp4.ne.and p43,p0=r43,r2 ;;            // cmp4_ne_and (A6)
	cmp4.gt.and p54,p32=r0,r79 ;;           // cmp4_gt_and_r0 (A7)
	cmp4.le.and p42,p28=r0,r15 ;;           // cmp4_le_and_r0 (A7)
	cmp4.ge.and p59,p9=r0,r107 ;;           // cmp4_ge_and_r0 (A7)
	cmp4.lt.and p50,p28=r0,r12 ;;           // cmp4_lt_and_r0 (A7)
	cmp.lt p9,p2=-21,r94 ;;                 // cmp_lt_imm (A8)
	cmp.lt.unc p37,p2=-65,r27 ;;            // cmp_lt_unc_imm (A8)
	cmp.eq.and p38,p24=109,r64 ;;           // cmp_eq_and_imm (A8)
	cmp.ne.and p44,p15=96,r26 ;;            // cmp_ne_and_imm (A8)
	cmp4.lt p1,p8=86,r61 ;;                 // cmp4_lt_imm (A8)
	cmp4.lt.unc p18,p45=22,r69 ;;           // cmp4_lt_unc_imm (A8)
	cmp4.eq.and p59,p17=122,r32 ;;          // cmp4_eq_and_imm (A8)
	cmp4.ne.and p11,p38=117,r55 ;;          // cmp4_ne_and_imm (A8)
	cmp.ltu p46,p63=r16,r108 ;;             // cmp_ltu (A6)
	cmp.ltu.unc p19,p60=r61,r123 ;;         // cmp_ltu_unc (A6)
	cmp.eq.or p6,p3=r81,r111 ;;             // cmp_eq_or (A6)
	cmp.ne.or p26,p10=r102,r104 ;;          // cmp_ne_or (A6)
	cmp.gt.or p50,p39=r0,r46 ;;             // cmp_gt_or_r0 (A7)
	cmp.le.or p41,p2=r0,r34 ;;              // cmp_le_or_r0 (A7)
	cmp.ge.or p55,p7=r0,r41 ;;              // cmp_ge_or_r0 (A7)
	cmp.lt.or p3,p59=r0,r65 ;;              // cmp_lt_or_r0 (A7)
	cmp4.ltu p60,p7=r110,r78 ;;             // cmp4_ltu (A6)
	cmp4.ltu.unc p36,p6=r65,r109 ;;         // cmp4_ltu_unc (A6)
	cmp4.eq.or p49,p61=r110,r119 ;;         // cmp4_eq_or (A6)
	cmp4.ne.or p31,p15=r7,r16 ;;            // cmp4_ne_or (A6)
	cmp4.gt.or p62,p25=r0,r107 ;;           // cmp4_gt_or_r0 (A7)
	cmp4.le.or p20,p35=r0,r13 ;;            // cmp4_le_or_r0 (A7)
	cmp4.ge.or p24,p13=r0,r70 ;;            // cmp4_ge_or_r0 (A7)
	cmp4.lt.or p28,p55=r0,r42 ;;            // cmp4_lt_or_r0 (A7)
	cmp.ltu p1,p31=18,r63 ;;                // cmp_ltu_imm (A8)
	cmp.ltu.unc p0,p12=-111,r113 ;;         // cmp_ltu_unc_imm (A8)
	cmp.eq.or p9,p59=-76,r73 ;;             // cmp_eq_or_imm (A8)
	cmp.ne.or p31,p6=-116,r11 ;;            // cmp_ne_or_imm (A8)
	cmp4.ltu p61,p45=-125,r64 ;;            // cmp4_ltu_imm (A8)
	cmp4.ltu.unc p2,p39=-102,r127 ;;        // cmp4_ltu_unc_imm (A8)
	cmp4.eq.or p16,p46=-120,r23 ;;          // cmp4_eq_or_imm (A8)
	cmp4.ne.or p58,p17=-112,r78 ;;          // cmp4_ne_or_imm (A8)
	cmp.eq p39,p31=r7,r125 ;;               // cmp_eq (A6)
	cmp.eq.unc p14,p63=r1,r1 ;;             // cmp_eq_unc (A6)
	cmp.eq.or.andcm p62,p59=r32,r20 ;;      // cmp_eq_or_andcm (A6)
	cmp.ne.or.andcm p40,p15=r23,r69 ;;      // cmp_ne_or_andcm (A6)
	cmp.gt.or.andcm p14,p12=r0,r106 ;;      // cmp_gt_or_andcm_r0 (A7)
	cmp.le.or.andcm p7,p44=r0,r16 ;;        // cmp_le_or_andcm_r0 (A7)
	cmp.ge.or.andcm p35,p8=r0,r62 ;;        // cmp_ge_or_andcm_r0 (A7)
	cmp.lt.or.andcm p54,p14=r0,r71 ;;       // cmp_lt_or_andcm_r0 (A7)
	cmp4.eq p19,p30=r22,r81 ;;              // cmp4_eq (A6)
	cmp4.eq.unc p20,p17=r54,r100 ;;         // cmp4_eq_unc (A6)
	cmp4.eq.or.andcm p15,p36=r6,r122 ;;     // cmp4_eq_or_andcm (A6)
	cmp4.ne.or.andcm p25,p62=r106,r127 ;;   // cmp4_ne_or_andcm (A6)
	cmp4.gt.or.andcm p56,p49=r0,r44 ;;      // cmp4_gt_or_andcm_r0 (A7)
	cmp4.le.or.andcm p8,p33=r0,r106 ;;      // cmp4_le_or_andcm_r0 (A7)
	cmp4.ge.or.andcm p53,p16=r0,r11 ;;      // cmp4_ge_or_andcm_r0 (A7)
	cmp4.lt.or.andcm p11,p37=r0,r4 ;;       // cmp4_lt_or_andcm_r0 (A7)
	cmp.eq p61,p34=-111,r72 ;;              // cmp_eq_imm (A8)
	cmp.eq.unc p34,p19=33,r5 ;;             // cmp_eq_unc_imm (A8)
	cmp.eq.or.andcm p10,p7=50,r67 ;;        // cmp_eq_or_andcm_imm (A8)
	cmp.ne.or.andcm p58,p60=78,r62 ;;       // cmp_ne_or_andcm_imm (A8)
	cmp4.eq p33,p19=-109,r3 ;;              // cmp4_eq_imm (A8)
	cmp4.eq.unc p11,p13=-110,r53 ;;         // cmp4_eq_unc_imm (A8)
	cmp4.eq.or.andcm p26,p48=40,r93 ;;      // cmp4_eq_or_andcm_imm (A8)
	cmp4.ne.or.andcm p18,p6=-46,r68 ;;      // cmp4_ne_or_andcm_imm (A8)
	break.i 0x46a17 ;;                      // break_i (I19)
	nop.i 0xfcf8f ;;                        // nop_i (I18)
	hint.i 0x13c3f4 ;;                      // hint_i (I18)
	mov.i ar67=40 ;;                        // mov_i_ar_imm (I27)
	zxt1 r87=r121 ;;                        // zxt1 (I29)
	zxt2 r91=r44 ;;                         // zxt2 (I29)
	zxt4 r50=r62 ;;                         // zxt4 (I29)
	sxt1 r66=r24 ;;                         // sxt1 (I29)
	sxt2 r79=r105 ;;                        // sxt2 (I29)
	sxt4 r60=r87 ;;                         // sxt4 (I29)
	czx1.l r39=r73 ;;                       // czx1_l (I29)
	czx2.l r119=r118 ;;                     // czx2_l (I29)
	czx1.r r114=r18 ;;                      // czx1_r (I29)
	czx2.r r95=r29 ;;                       // czx2_r (I29)
	mov.i ar94=r125 ;;                      // mov_i_ar (I26)
	mov r86=ip ;;                           // mov_from_ip (I25)
	mov r115=b4 ;;                          // mov_from_br (I22)
	mov.i r58=ar123 ;;                      // mov_i_from_ar (I28)
	mov r44=pr ;;                           // mov_from_pr (I25)
	chk.s.i r3,L ;;                         // chk_s_i (I20)
	mov pr.rot=0xfffffb6269030000 ;;        // mov_pr_rot (I24)
	mov pr=r123,0x6cb0 ;;                   // mov_pr (I23)
	1: mov.dptk.imp b3=r66,1b ;;            // mov_to_br (I21)
	1: mov.ret b2=r78,1b ;;                 // mov_ret_to_br (I21)
	dep r60=r10,r92,58,8 ;;                 // dep (I15)
	tbit.z p15,p45=r87,51 ;;                // tbit_z (I16)
	tbit.z.unc p57,p34=r52,12 ;;            // tbit_z_unc (I16)
	tbit.z.and p51,p28=r118,31 ;;           // tbit_z_and (I16)
	tbit.nz.and p19,p58=r90,32 ;;           // tbit_nz_and (I16)
	tbit.z.or p37,p4=r94,37 ;;              // tbit_z_or (I16)
	tbit.nz.or p19,p9=r110,40 ;;            // tbit_nz_or (I16)
	tbit.z.or.andcm p47,p57=r60,58 ;;       // tbit_z_or_andcm (I16)
	tbit.nz.or.andcm p51,p60=r97,63 ;;      // tbit_nz_or_andcm (I16)
	tnat.z p57,p39=r126 ;;                  // tnat_z (I17)
	tnat.z.unc p10,p24=r123 ;;              // tnat_z_unc (I17)
	tnat.z.and p36,p13=r0 ;;                // tnat_z_and (I17)
	tnat.nz.and p58,p36=r121 ;;             // tnat_nz_and (I17)
	tnat.z.or p50,p59=r85 ;;                // tnat_z_or (I17)
	tnat.nz.or p49,p25=r120 ;;              // tnat_nz_or (I17)
	tnat.z.or.andcm p24,p32=r101 ;;         // tnat_z_or_andcm (I17)
	tnat.nz.or.andcm p45,p10=r80 ;;         // tnat_nz_or_andcm (I17)
	tf.z p32,p25=61 ;;                      // tf_z (I30)
	tf.z.unc p17,p57=53 ;;                  // tf_z_unc (I30)
	tf.z.and p0,p57=37 ;;                   // tf_z_and (I30)
	tf.nz.and p10,p59=57 ;;                 // tf_nz_and (I30)
	tf.z.or p42,p7=37 ;;                    // tf_z_or (I30)
	tf.nz.or p59,p46=57 ;;                  // tf_nz_or (I30)
	tf.z.or.andcm p12,p25=47 ;;             // tf_z_or_andcm (I30)
	tf.nz.or.andcm p61,p32=59 ;;            // tf_nz_or_andcm (I30)
	extr.u r102=r64,35,11 ;;                // extr_u (I11)
	extr r45=r120,24,63 ;;                  // extr (I11)
	dep.z r22=r65,60,21 ;;                  // dep_z (I12)
	dep.z r102=20,33,14 ;;                  // dep_z_imm (I13)
	shrp r97=r14,r7,30 ;;                   // shrp (I10)
	dep r50=0,r6,15,64 ;;                   // dep_imm (I14)
	pmpyshr2.u r24=r69,r102,16 ;;           // pmpyshr2_u (I1)
	pmpyshr2 r19=r2,r60,0 ;;                // pmpyshr2 (I1)
	pshr2.u r55=r40,r15 ;;                  // pshr2_u_i5 (I5)
	pshr2 r3=r51,r4 ;;                      // pshr2_i5 (I5)
	pshl2 r43=r97,r41 ;;                    // pshl2_i7 (I7)
	pshr4.u r122=r19,r43 ;;                 // pshr4_u_i5 (I5)
	pshr4 r91=r6,r118 ;;                    // pshr4_i5 (I5)
	pshl4 r117=r63,r29 ;;                   // pshl4_i7 (I7)
	shr.u r66=r95,r3 ;;                     // shr_u (I5)
	shr r121=r83,r108 ;;                    // shr (I5)
	shl r108=r91,r32 ;;                     // shl (I7)
	mpy4 r26=r102,r5 ;;                     // mpy4 (I2)
	mpyshl4 r66=r14,r4 ;;                   // mpyshl4 (I2)
	pshr2.u r30=r114,21 ;;                  // pshr2_u_i6 (I6)
	pshr2 r88=r112,14 ;;                    // pshr2_i6 (I6)
	pshr4.u r59=r9,23 ;;                    // pshr4_u_i6 (I6)
	pshr4 r49=r11,14 ;;                     // pshr4_i6 (I6)
	popcnt r14=r113 ;;                      // popcnt (I9)
	clz r52=r80 ;;                          // clz (I9)
	pmin1.u r106=r84,r1 ;;                  // pmin1_u (I2)
	unpack1.h r25=r105,r96 ;;               // unpack1_h (I2)
	pmax1.u r38=r86,r121 ;;                 // pmax1_u (I2)
	unpack1.l r9=r11,r19 ;;                 // unpack1_l (I2)
	mix1.r r107=r21,r18 ;;                  // mix1_r (I2)
	mix1.l r29=r66,r60 ;;                   // mix1_l (I2)
	psad1 r36=r41,r91 ;;                    // psad1 (I2)
	pack2.uss r37=r67,r32 ;;                // pack2_uss (I2)
	pack2.sss r76=r33,r24 ;;                // pack2_sss (I2)
	pmin2 r89=r98,r67 ;;                    // pmin2 (I2)
	unpack2.h r55=r81,r47 ;;                // unpack2_h (I2)
	unpack2.l r120=r44,r89 ;;               // unpack2_l (I2)
	pmax2 r35=r67,r24 ;;                    // pmax2 (I2)
	mix2.r r57=r70,r33 ;;                   // mix2_r (I2)
	mix2.l r7=r52,r28 ;;                    // mix2_l (I2)
	pmpy2.r r2=r124,r104 ;;                 // pmpy2_r (I2)
	pmpy2.l r43=r27,r127 ;;                 // pmpy2_l (I2)
	pack4.sss r84=r121,r3 ;;                // pack4_sss (I2)
	unpack4.h r56=r74,r52 ;;                // unpack4_h (I2)
	unpack4.l r35=r55,r80 ;;                // unpack4_l (I2)
	mix4.r r4=r71,r73 ;;                    // mix4_r (I2)
	mix4.l r85=r91,r124 ;;                  // mix4_l (I2)
	mux1 r58=r85,0xd ;;                     // mux1 (I3)
	mux2 r127=r50,0xae ;;                   // mux2 (I4)
	pshl2 r64=r124,25 ;;                    // pshl2_i8 (I8)
	pshl4 r117=r35,28 ;;                    // pshl4_i8 (I8)
	break.m 0x895a ;;                       // break_m (M37)
	nop.m 0x1280b9 ;;                       // nop_m (M48)
	hint.m 372584 ;;                        // hint_m (M48)
	mov dahr3=1102 ;;                       // mov_to_dahr (M49)
	sum 0x1d2c69 ;;                         // sum (M44)
	rum 0x303176 ;;                         // rum (M44)
	ssm 0xa1ca57 ;;                         // ssm (M44)
	rsm 0x4f57cb ;;                         // rsm (M44)
	loadrs ;;                               // loadrs (M25)
	flushrs ;;                              // flushrs (M25)
	invala ;;                               // invala (M24)
	invala.e r10 ;;                         // invala_e (M26)
	invala.e f58 ;;                         // invala_e_f (M27)
	fwb ;;                                  // fwb (M24)
	mf ;;                                   // mf (M24)
	mf.a ;;                                 // mf_a (M24)
	mov.m ar53=22 ;;                        // mov_m_ar_imm (M30)
	srlz.d ;;                               // srlz_d (M24)
	srlz.i ;;                               // srlz_i (M24)
	sync.i ;;                               // sync_i (M24)
	chk.a.nc r106,L ;;                      // chk_a_nc (M22)
	chk.a.clr r78,L ;;                      // chk_a_clr (M22)
	chk.a.nc f101,L ;;                      // chk_a_nc_f (M23)
	chk.a.clr f73,L ;;                      // chk_a_clr_f (M23)
	mov rr[r96]=r100 ;;                     // mov_to_rr (M42)
	srlz.d ;;
	srlz.i ;;
	mov dbr[r120]=r10 ;;                    // mov_to_dbr (M42)
	srlz.d ;;
	srlz.i ;;
	mov ibr[r122]=r55 ;;                    // mov_to_ibr (M42)
	mov pkr[r116]=r97 ;;                    // mov_to_pkr (M42)
	srlz.d ;;
	srlz.i ;;
	mov pmc[r77]=r116 ;;                    // mov_to_pmc (M42)
	srlz.d ;;
	srlz.i ;;
	mov pmd[r111]=r1 ;;                     // mov_to_pmd (M42)
	mov msr[r43]=r105 ;;                    // mov_to_msr (M42)
	srlz.d ;;
	srlz.i ;;
	ptc.l r77,r123 ;;                       // ptc_l (M45)
	srlz.d ;;
	srlz.i ;;
	ptc.g r98,r122 ;;                       // ptc_g (M45)
	srlz.d ;;
	srlz.i ;;
	ptc.ga r45,r127 ;;                      // ptc_ga (M45)
	srlz.d ;;
	srlz.i ;;
	ptr.d r8,r29 ;;                         // ptr_d (M45)
	srlz.d ;;
	srlz.i ;;
	ptr.i r9,r38 ;;                         // ptr_i (M45)
	srlz.d ;;
	srlz.i ;;
	itr.d dtr[r79]=r50 ;;                   // itr_d (M42)
	srlz.d ;;
	srlz.i ;;
	itr.i itr[r127]=r79 ;;                  // itr_i (M42)
	srlz.d ;;
	srlz.i ;;
	mov r95=rr[r102] ;;                     // mov_from_rr (M43)
	mov r18=dbr[r109] ;;                    // mov_from_dbr (M43)
	mov r4=ibr[r49] ;;                      // mov_from_ibr (M43)
	mov r127=pkr[r83] ;;                    // mov_from_pkr (M43)
	mov r18=pmc[r5] ;;                      // mov_from_pmc (M43)
	mov r61=pmd[r6] ;;                      // mov_from_pmd (M43)
	mov r11=msr[r49] ;;                     // mov_from_msr (M43)
	mov r106=cpuid[r47] ;;                  // mov_from_cpuid (M43)
	probe.r r56=r119,0 ;;                   // probe_r_imm (M39)
	probe.w r99=r27,1 ;;                    // probe_w_imm (M39)
	thash r112=r58 ;;                       // thash (M46)
	ttag r56=r125 ;;                        // ttag (M46)
	tpa r66=r84 ;;                          // tpa (M46)
	tak r80=r112 ;;                         // tak (M46)
	mov r108=dahr[r12] ;;                   // mov_from_dahr (M43)
	mov r80=psr.um ;;                       // mov_from_psr_um (M36)
	mov.m r69=ar.ssd ;;                     // mov_m_from_ar (M31)
	mov r91=cr111 ;;                        // mov_from_cr (M33)
	mov r41=psr ;;                          // mov_from_psr (M36)
	mov psr.um=r81 ;;                       // mov_to_psr_um (M35)
	mov.m ar.eflag=r53 ;;                   // mov_m_ar (M29)
	mov cr.ifs=r110 ;;                      // mov_to_cr (M32)
	mov psr.l=r36 ;;                        // mov_to_psr_l (M35)
	srlz.d ;;
	srlz.i ;;
	itc.d r45 ;;                            // itc_d (M41)
	srlz.d ;;
	srlz.i ;;
	itc.i r17 ;;                            // itc_i (M41)
	srlz.d ;;
	srlz.i ;;
	fc r61 ;;                               // fc (M28)
	fc.i r82 ;;                             // fc_i (M28)
	probe.rw.fault r28,1 ;;                 // probe_rw_fault (M40)
	probe.r.fault r120,2 ;;                 // probe_r_fault (M40)
	probe.w.fault r75,0 ;;                  // probe_w_fault (M40)
	ptc.e r74 ;;                            // ptc_e (M47)
	srlz.d ;;
	srlz.i ;;
	probe.r r83=r27,r20 ;;                  // probe_r (M38)
	probe.w r9=r111,r57 ;;                  // probe_w (M38)
	chk.s.m r43,L ;;                        // chk_s_m (M20)
	chk.s f64,L ;;                          // chk_s_f (M21)
	alloc r115=ar.pfs,0,33,15,40 ;;         // alloc (M34)
	ld1.nt1 r73=[r114] ;;                   // ld1 (M1)
	ld2.nta r28=[r56] ;;                    // ld2 (M1)
	ld4.d4 r13=[r41] ;;                     // ld4 (M1)
	ld8.d5 r108=[r94] ;;                    // ld8 (M1)
	ld1.s.nta r64=[r81] ;;                  // ld1_s (M1)
	ld2.s.d7 r24=[r12] ;;                   // ld2_s (M1)
	ld4.s.nta r94=[r90] ;;                  // ld4_s (M1)
	ld8.s.nt1 r96=[r125] ;;                 // ld8_s (M1)
	ld1.a.d7 r90=[r17] ;;                   // ld1_a (M1)
	ld2.a.nt1 r78=[r78] ;;                  // ld2_a (M1)
	ld4.a.d4 r127=[r126] ;;                 // ld4_a (M1)
	ld8.a.nta r127=[r111] ;;                // ld8_a (M1)
	ld1.sa.d7 r52=[r62] ;;                  // ld1_sa (M1)
	ld2.sa.d4 r119=[r5] ;;                  // ld2_sa (M1)
	ld4.sa.d7 r81=[r20] ;;                  // ld4_sa (M1)
	ld8.sa.d4 r5=[r18] ;;                   // ld8_sa (M1)
	ld1.bias.d2 r107=[r118] ;;              // ld1_bias (M1)
	ld2.bias.nta r65=[r63] ;;               // ld2_bias (M1)
	ld4.bias.nta r43=[r32] ;;               // ld4_bias (M1)
	ld8.bias r105=[r7] ;;                   // ld8_bias (M1)
	ld1.acq.nta r66=[r27] ;;                // ld1_acq (M1)
	ld2.acq.d6 r6=[r94] ;;                  // ld2_acq (M1)
	ld4.acq.d4 r79=[r11] ;;                 // ld4_acq (M1)
	ld8.acq.d7 r18=[r22] ;;                 // ld8_acq (M1)
	ld1.c.clr.d7 r72=[r40] ;;               // ld1_c_clr (M1)
	ld2.c.clr.nt1 r100=[r101] ;;            // ld2_c_clr (M1)
	ld4.c.clr.d5 r62=[r118] ;;              // ld4_c_clr (M1)
	ld8.c.clr.d7 r23=[r2] ;;                // ld8_c_clr (M1)
	ld1.c.nc.d2 r84=[r115] ;;               // ld1_c_nc (M1)
	ld2.c.nc.d7 r44=[r14] ;;                // ld2_c_nc (M1)
	ld4.c.nc.nt1 r47=[r39] ;;               // ld4_c_nc (M1)
	ld8.c.nc.nt1 r50=[r47] ;;               // ld8_c_nc (M1)
	ld1.c.clr.acq.d4 r76=[r91] ;;           // ld1_c_clr_acq (M1)
	ld2.c.clr.acq.nt1 r5=[r1] ;;            // ld2_c_clr_acq (M1)
	ld4.c.clr.acq.nta r44=[r103] ;;         // ld4_c_clr_acq (M1)
	ld8.c.clr.acq r67=[r59] ;;              // ld8_c_clr_acq (M1)
	ld8.fill.d4 r118=[r38] ;;               // ld8_fill (M1)
	ld1 r65=[r92],r58 ;;                    // ld1_r (M2)
	ld2.nta r39=[r21],r49 ;;                // ld2_r (M2)
	ld4.nta r65=[r87],r21 ;;                // ld4_r (M2)
	ld8.nt1 r22=[r111],r93 ;;               // ld8_r (M2)
	ld1.s.nta r120=[r87],r51 ;;             // ld1_s_r (M2)
	ld2.s.nta r90=[r83],r12 ;;              // ld2_s_r (M2)
	ld4.s.nta r83=[r24],r23 ;;              // ld4_s_r (M2)
	ld8.s r83=[r106],r94 ;;                 // ld8_s_r (M2)
	ld1.a r108=[r10],r122 ;;                // ld1_a_r (M2)
	ld2.a.nta r43=[r80],r26 ;;              // ld2_a_r (M2)
	ld4.a.nta r27=[r52],r16 ;;              // ld4_a_r (M2)
	ld8.a.nta r120=[r63],r55 ;;             // ld8_a_r (M2)
	ld1.sa.nt1 r123=[r44],r50 ;;            // ld1_sa_r (M2)
	ld2.sa r99=[r26],r120 ;;                // ld2_sa_r (M2)
	ld4.sa.nta r3=[r14],r111 ;;             // ld4_sa_r (M2)
	ld8.sa r100=[r14],r121 ;;               // ld8_sa_r (M2)
	ld1.bias r74=[r29],r99 ;;               // ld1_bias_r (M2)
	ld2.bias.nt1 r102=[r57],r112 ;;         // ld2_bias_r (M2)
	ld4.bias.nta r23=[r58],r16 ;;           // ld4_bias_r (M2)
	ld8.bias.nta r69=[r123],r93 ;;          // ld8_bias_r (M2)
	ld1.acq r8=[r30],r19 ;;                 // ld1_acq_r (M2)
	ld2.acq.nta r77=[r4],r105 ;;            // ld2_acq_r (M2)
	ld4.acq.nta r107=[r21],r25 ;;           // ld4_acq_r (M2)
	ld8.acq.nta r116=[r102],r74 ;;          // ld8_acq_r (M2)
	ld1.c.clr r67=[r35],r34 ;;              // ld1_c_clr_r (M2)
	ld2.c.clr.nt1 r43=[r40],r29 ;;          // ld2_c_clr_r (M2)
	ld4.c.clr.nt1 r75=[r118],r9 ;;          // ld4_c_clr_r (M2)
	ld8.c.clr.nt1 r8=[r96],r11 ;;           // ld8_c_clr_r (M2)
	ld1.c.nc.nta r107=[r54],r53 ;;          // ld1_c_nc_r (M2)
	ld2.c.nc r116=[r88],r8 ;;               // ld2_c_nc_r (M2)
	ld4.c.nc r125=[r36],r100 ;;             // ld4_c_nc_r (M2)
	ld8.c.nc.nta r119=[r7],r21 ;;           // ld8_c_nc_r (M2)
	ld1.c.clr.acq.nt1 r66=[r81],r127 ;;     // ld1_c_clr_acq_r (M2)
	ld2.c.clr.acq.nt1 r38=[r93],r65 ;;      // ld2_c_clr_acq_r (M2)
	ld4.c.clr.acq.nta r119=[r94],r13 ;;     // ld4_c_clr_acq_r (M2)
	ld8.c.clr.acq.nt1 r103=[r17],r31 ;;     // ld8_c_clr_acq_r (M2)
	ld8.fill r58=[r60],r60 ;;               // ld8_fill_r (M2)
	st1.d1 [r70]=r112 ;;                    // st1 (M4)
	st2 [r28]=r69 ;;                        // st2 (M4)
	st4.d5 [r4]=r46 ;;                      // st4 (M4)
	st8.d7 [r70]=r123 ;;                    // st8 (M4)
	st1.rel.d5 [r44]=r16 ;;                 // st1_rel (M4)
	st2.rel.d2 [r119]=r64 ;;                // st2_rel (M4)
	st4.rel.nta [r79]=r43 ;;                // st4_rel (M4)
	st8.rel [r46]=r59 ;;                    // st8_rel (M4)
	st8.spill.nta [r0]=r43 ;;               // st8_spill (M4)
	cmpxchg1.acq r8=[r26],r50,ar.ccv ;;     // cmpxchg1_acq (M16)
	cmpxchg2.acq r117=[r40],r117,ar.ccv ;;  // cmpxchg2_acq (M16)
	cmpxchg4.acq r34=[r73],r77,ar.ccv ;;    // cmpxchg4_acq (M16)
	cmpxchg8.acq.nta r1=[r2],r67,ar.ccv ;;  // cmpxchg8_acq (M16)
	cmpxchg1.rel.nt1 r30=[r113],r46,ar.ccv ;;// cmpxchg1_rel (M16)
	cmpxchg2.rel.nt1 r13=[r61],r120,ar.ccv ;;// cmpxchg2_rel (M16)
	cmpxchg4.rel.nta r29=[r51],r12,ar.ccv ;;// cmpxchg4_rel (M16)
	cmpxchg8.rel r100=[r86],r2,ar.ccv ;;    // cmpxchg8_rel (M16)
	xchg1.nta r65=[r96],r36 ;;              // xchg1 (M16)
	xchg2.nta r75=[r98],r11 ;;              // xchg2 (M16)
	xchg4.nt1 r87=[r80],r58 ;;              // xchg4 (M16)
	xchg8.nta r67=[r119],r26 ;;             // xchg8 (M16)
	fetchadd4.acq r50=[r95],8 ;;            // fetchadd4_acq (M17)
	fetchadd8.acq.nta r63=[r47],4 ;;        // fetchadd8_acq (M17)
	fetchadd4.rel r85=[r81],-8 ;;           // fetchadd4_rel (M17)
	fetchadd8.rel.nta r26=[r111],-16 ;;     // fetchadd8_rel (M17)
	getf.sig r26=f92 ;;                     // getf_sig (M19)
	getf.exp r25=f65 ;;                     // getf_exp (M19)
	getf.s r42=f77 ;;                       // getf_s (M19)
	getf.d r98=f88 ;;                       // getf_d (M19)
	cmp8xchg16.acq r10=[r6],r65,ar.csd,ar.ccv ;;// cmp8xchg16_acq (M16)
	cmp8xchg16.rel.nt1 r51=[r100],r12,ar.csd,ar.ccv ;;// cmp8xchg16_rel (M16)
	ld16.d7 r71,ar.csd=[r85] ;;             // ld16 (M1)
	ld16.acq r42,ar.csd=[r30] ;;            // ld16_acq (M1)
	st16.d4 [r84]=r83,ar.csd ;;             // st16 (M4)
	st16.rel.d7 [r73]=r11,ar.csd ;;         // st16_rel (M4)
	ld1.nta r22=[r4],-164 ;;                // ld1_i (M3)
	ld2.nt1 r82=[r38],10 ;;                 // ld2_i (M3)
	ld4 r84=[r104],-176 ;;                  // ld4_i (M3)
	ld8.nta r124=[r106],-89 ;;              // ld8_i (M3)
	ld1.s r121=[r123],195 ;;                // ld1_s_i (M3)
	ld2.s.nt1 r123=[r3],144 ;;              // ld2_s_i (M3)
	ld4.s.nta r23=[r49],183 ;;              // ld4_s_i (M3)
	ld8.s r120=[r23],208 ;;                 // ld8_s_i (M3)
	ld1.a.nt1 r66=[r113],48 ;;              // ld1_a_i (M3)
	ld2.a.nt1 r66=[r124],-41 ;;             // ld2_a_i (M3)
	ld4.a r107=[r106],-219 ;;               // ld4_a_i (M3)
	ld8.a.nta r80=[r15],144 ;;              // ld8_a_i (M3)
	ld1.sa.nt1 r109=[r2],58 ;;              // ld1_sa_i (M3)
	ld2.sa.nta r36=[r3],-124 ;;             // ld2_sa_i (M3)
	ld4.sa.nt1 r75=[r106],-161 ;;           // ld4_sa_i (M3)
	ld8.sa.nta r116=[r82],-173 ;;           // ld8_sa_i (M3)
	ld1.bias.nt1 r42=[r35],-104 ;;          // ld1_bias_i (M3)
	ld2.bias r13=[r51],-73 ;;               // ld2_bias_i (M3)
	ld4.bias.nta r117=[r127],110 ;;         // ld4_bias_i (M3)
	ld8.bias.nt1 r121=[r117],-93 ;;         // ld8_bias_i (M3)
	ld1.acq.nt1 r22=[r24],-224 ;;           // ld1_acq_i (M3)
	ld2.acq r100=[r43],210 ;;               // ld2_acq_i (M3)
	ld4.acq.nta r82=[r114],224 ;;           // ld4_acq_i (M3)
	ld8.acq.nt1 r70=[r19],156 ;;            // ld8_acq_i (M3)
	ld1.c.clr.nt1 r105=[r118],-118 ;;       // ld1_c_clr_i (M3)
	ld2.c.clr.nta r61=[r26],-176 ;;         // ld2_c_clr_i (M3)
	ld4.c.clr r65=[r60],176 ;;              // ld4_c_clr_i (M3)
	ld8.c.clr r26=[r49],-47 ;;              // ld8_c_clr_i (M3)
	ld1.c.nc r55=[r63],1 ;;                 // ld1_c_nc_i (M3)
	ld2.c.nc.nt1 r37=[r14],-251 ;;          // ld2_c_nc_i (M3)
	ld4.c.nc r61=[r48],-96 ;;               // ld4_c_nc_i (M3)
	ld8.c.nc.nt1 r96=[r110],250 ;;          // ld8_c_nc_i (M3)
	ld1.c.clr.acq.nta r21=[r90],-72 ;;      // ld1_c_clr_acq_i (M3)
	ld2.c.clr.acq r49=[r13],61 ;;           // ld2_c_clr_acq_i (M3)
	ld4.c.clr.acq r34=[r16],37 ;;           // ld4_c_clr_acq_i (M3)
	ld8.c.clr.acq r122=[r38],62 ;;          // ld8_c_clr_acq_i (M3)
	ld8.fill.nt1 r35=[r54],-107 ;;          // ld8_fill_i (M3)
	st1 [r123]=r122,-194 ;;                 // st1_i (M5)
	st2.nta [r5]=r119,-197 ;;               // st2_i (M5)
	st4 [r71]=r72,24 ;;                     // st4_i (M5)
	st8 [r98]=r124,165 ;;                   // st8_i (M5)
	st1.rel.nta [r47]=r127,-246 ;;          // st1_rel_i (M5)
	st2.rel.nta [r59]=r28,-104 ;;           // st2_rel_i (M5)
	st4.rel.nta [r20]=r47,-53 ;;            // st4_rel_i (M5)
	st8.rel.nta [r98]=r8,195 ;;             // st8_rel_i (M5)
	st8.spill.nta [r37]=r84,199 ;;          // st8_spill_i (M5)
	ldfe f98=[r100] ;;                      // ldfe (M6)
	ldf8.d2 f56=[r121] ;;                   // ldf8 (M6)
	ldfs.d4 f39=[r72] ;;                    // ldfs (M6)
	ldfd.d7 f19=[r114] ;;                   // ldfd (M6)
	ldfe.s f20=[r20] ;;                     // ldfe_s (M6)
	ldf8.s.d5 f114=[r54] ;;                 // ldf8_s (M6)
	ldfs.s.d6 f14=[r47] ;;                  // ldfs_s (M6)
	ldfd.s.d2 f98=[r88] ;;                  // ldfd_s (M6)
	ldfe.a.d2 f124=[r12] ;;                 // ldfe_a (M6)
	ldf8.a.d2 f120=[r13] ;;                 // ldf8_a (M6)
	ldfs.a.d2 f80=[r87] ;;                  // ldfs_a (M6)
	ldfd.a.d7 f39=[r13] ;;                  // ldfd_a (M6)
	ldfe.sa.d7 f56=[r55] ;;                 // ldfe_sa (M6)
	ldf8.sa.d4 f111=[r56] ;;                // ldf8_sa (M6)
	ldfs.sa.d2 f125=[r79] ;;                // ldfs_sa (M6)
	ldfd.sa.d7 f69=[r117] ;;                // ldfd_sa (M6)
	ldfe.c.clr f67=[r126] ;;                // ldfe_c_clr (M6)
	ldf8.c.clr.d5 f106=[r73] ;;             // ldf8_c_clr (M6)
	ldfs.c.clr.d5 f124=[r49] ;;             // ldfs_c_clr (M6)
	ldfd.c.clr f30=[r103] ;;                // ldfd_c_clr (M6)
	ldfe.c.nc.nt1 f43=[r107] ;;             // ldfe_c_nc (M6)
	ldf8.c.nc.nta f51=[r104] ;;             // ldf8_c_nc (M6)
	ldfs.c.nc.d7 f59=[r118] ;;              // ldfs_c_nc (M6)
	ldfd.c.nc.nta f16=[r22] ;;              // ldfd_c_nc (M6)
	ldf.fill.d7 f117=[r121] ;;              // ldf_fill (M6)
	ldfe.nt1 f60=[r90],r27 ;;               // ldfe_r (M7)
	ldf8 f49=[r57],r1 ;;                    // ldf8_r (M7)
	ldfs.nta f109=[r70],r102 ;;             // ldfs_r (M7)
	ldfd f12=[r78],r122 ;;                  // ldfd_r (M7)
	ldfe.s.nt1 f66=[r40],r79 ;;             // ldfe_s_r (M7)
	ldf8.s.nt1 f71=[r59],r100 ;;            // ldf8_s_r (M7)
	ldfs.s f15=[r102],r64 ;;                // ldfs_s_r (M7)
	ldfd.s f19=[r123],r67 ;;                // ldfd_s_r (M7)
	ldfe.a.nta f21=[r10],r92 ;;             // ldfe_a_r (M7)
	ldf8.a.nt1 f60=[r46],r65 ;;             // ldf8_a_r (M7)
	ldfs.a f87=[r85],r98 ;;                 // ldfs_a_r (M7)
	ldfd.a.nt1 f24=[r12],r69 ;;             // ldfd_a_r (M7)
	ldfe.sa f89=[r94],r86 ;;                // ldfe_sa_r (M7)
	ldf8.sa.nt1 f76=[r14],r12 ;;            // ldf8_sa_r (M7)
	ldfs.sa.nt1 f4=[r35],r83 ;;             // ldfs_sa_r (M7)
	ldfd.sa f87=[r58],r33 ;;                // ldfd_sa_r (M7)
	ldfe.c.clr.nta f110=[r34],r90 ;;        // ldfe_c_clr_r (M7)
	ldf8.c.clr.nta f94=[r96],r42 ;;         // ldf8_c_clr_r (M7)
	ldfs.c.clr.nt1 f21=[r71],r123 ;;        // ldfs_c_clr_r (M7)
	ldfd.c.clr.nta f99=[r84],r46 ;;         // ldfd_c_clr_r (M7)
	ldfe.c.nc.nta f40=[r57],r55 ;;          // ldfe_c_nc_r (M7)
	ldf8.c.nc.nt1 f52=[r109],r88 ;;         // ldf8_c_nc_r (M7)
	ldfs.c.nc.nta f85=[r53],r60 ;;          // ldfs_c_nc_r (M7)
	ldfd.c.nc.nt1 f55=[r22],r122 ;;         // ldfd_c_nc_r (M7)
	ldf.fill f117=[r54],r16 ;;              // ldf_fill_r (M7)
	ldfp8.nta f84,f43=[r47] ;;              // ldfp8 (M11)
	(p23) ldfps.nt1 f106,f111=[r66] ;;      // ldfps (M11)
	ldfpd.nt1 f110,f119=[r31] ;;            // ldfpd (M11)
	ldfp8.s.nta f75,f108=[r43] ;;           // ldfp8_s (M11)
	ldfps.s.nta f47,f58=[r20] ;;            // ldfps_s (M11)
	ldfpd.s f123,f90=[r22] ;;               // ldfpd_s (M11)
	ldfp8.a f48,f95=[r53] ;;                // ldfp8_a (M11)
	ldfps.a.nt1 f14,f31=[r51] ;;            // ldfps_a (M11)
	ldfpd.a.nt1 f71,f44=[r63] ;;            // ldfpd_a (M11)
	ldfp8.sa f81,f72=[r77] ;;               // ldfp8_sa (M11)
	(p9) ldfps.sa.nt1 f44,f51=[r77] ;;      // ldfps_sa (M11)
	(p3) ldfpd.sa f85,f122=[r37] ;;         // ldfpd_sa (M11)
	ldfp8.c.clr.nt1 f82,f49=[r19] ;;        // ldfp8_c_clr (M11)
	(p63) ldfps.c.clr f107,f88=[r37] ;;     // ldfps_c_clr (M11)
	ldfpd.c.clr.nta f83,f126=[r69] ;;       // ldfpd_c_clr (M11)
	ldfp8.c.nc.nt1 f74,f101=[r100] ;;       // ldfp8_c_nc (M11)
	ldfps.c.nc.nta f87,f72=[r78] ;;         // ldfps_c_nc (M11)
	ldfpd.c.nc.nta f99,f84=[r45] ;;         // ldfpd_c_nc (M11)
	(p33) ldfp8.nta f47,f124=[r48],16 ;;    // ldfp8_i (M12)
	ldfps.nta f48,f123=[r119],8 ;;          // ldfps_i (M12)
	ldfpd f127,f96=[r114],16 ;;             // ldfpd_i (M12)
	ldfp8.s.nt1 f90,f87=[r62],16 ;;         // ldfp8_s_i (M12)
	ldfps.s.nt1 f72,f51=[r51],8 ;;          // ldfps_s_i (M12)
	ldfpd.s.nta f64,f41=[r69],16 ;;         // ldfpd_s_i (M12)
	ldfp8.a.nta f122,f117=[r23],16 ;;       // ldfp8_a_i (M12)
	ldfps.a.nta f46,f83=[r108],8 ;;         // ldfps_a_i (M12)
	ldfpd.a.nta f59,f116=[r41],16 ;;        // ldfpd_a_i (M12)
	ldfp8.sa f46,f45=[r104],16 ;;           // ldfp8_sa_i (M12)
	(p50) ldfps.sa.nt1 f47,f64=[r35],8 ;;   // ldfps_sa_i (M12)
	ldfpd.sa f67,f92=[r17],16 ;;            // ldfpd_sa_i (M12)
	ldfp8.c.clr.nta f47,f122=[r91],16 ;;    // ldfp8_c_clr_i (M12)
	(p30) ldfps.c.clr.nt1 f59,f64=[r55],8 ;;// ldfps_c_clr_i (M12)
	ldfpd.c.clr.nt1 f105,f122=[r51],16 ;;   // ldfpd_c_clr_i (M12)
	(p6) ldfp8.c.nc f33,f72=[r13],16 ;;     // ldfp8_c_nc_i (M12)
	ldfps.c.nc.nt1 f80,f75=[r103],8 ;;      // ldfps_c_nc_i (M12)
	ldfpd.c.nc.nta f67,f62=[r58],16 ;;      // ldfpd_c_nc_i (M12)
	setf.sig f101=r19 ;;                    // setf_sig (M18)
	setf.exp f91=r71 ;;                     // setf_exp (M18)
	setf.s f105=r72 ;;                      // setf_s (M18)
	setf.d f99=r33 ;;                       // setf_d (M18)
	stfe.d2 [r39]=f114 ;;                   // stfe (M9)
	stf8.d2 [r84]=f3 ;;                     // stf8 (M9)
	stfs.d5 [r125]=f17 ;;                   // stfs (M9)
	stfd.d6 [r68]=f69 ;;                    // stfd (M9)
	stf.spill.d1 [r78]=f120 ;;              // stf_spill (M9)
	lfetch.d5 [r11] ;;                      // lfetch (M13)
	lfetch.count.d4 [r125],51,0 ;;          // lfetch_count (M13)
	lfetch.d5 [r98],r20 ;;                  // lfetch_r (M14)
	lfetch.excl.nt1 [r70] ;;                // lfetch_excl (M13)
	lfetch.excl.nt1 [r40],r43 ;;            // lfetch_excl_r (M14)
	lfetch.fault [r1] ;;                    // lfetch_fault (M13)
	lfetch.fault.nta [r9],r59 ;;            // lfetch_fault_r (M14)
	lfetch.fault.excl.d5 [r27] ;;           // lfetch_fault_excl (M13)
	lfetch.fault.excl.d5 [r63],r19 ;;       // lfetch_fault_excl_r (M14)
	ldfe.nt1 f80=[r7],-96 ;;                // ldfe_i (M8)
	ldf8.nt1 f76=[r59],-95 ;;               // ldf8_i (M8)
	ldfs.nt1 f108=[r97],-61 ;;              // ldfs_i (M8)
	ldfd.nt1 f95=[r47],-191 ;;              // ldfd_i (M8)
	ldfe.s.nt1 f90=[r5],-32 ;;              // ldfe_s_i (M8)
	ldf8.s.nt1 f48=[r24],-221 ;;            // ldf8_s_i (M8)
	ldfs.s.nt1 f116=[r15],134 ;;            // ldfs_s_i (M8)
	ldfd.s f120=[r44],-35 ;;                // ldfd_s_i (M8)
	ldfe.a f81=[r71],59 ;;                  // ldfe_a_i (M8)
	ldf8.a.nta f68=[r62],32 ;;              // ldf8_a_i (M8)
	ldfs.a.nt1 f126=[r111],-139 ;;          // ldfs_a_i (M8)
	ldfd.a.nt1 f74=[r106],250 ;;            // ldfd_a_i (M8)
	ldfe.sa.nt1 f116=[r31],-106 ;;          // ldfe_sa_i (M8)
	ldf8.sa.nta f28=[r25],-8 ;;             // ldf8_sa_i (M8)
	ldfs.sa.nta f56=[r112],137 ;;           // ldfs_sa_i (M8)
	ldfd.sa f62=[r50],-3 ;;                 // ldfd_sa_i (M8)
	ldfe.c.clr.nt1 f50=[r107],-34 ;;        // ldfe_c_clr_i (M8)
	ldf8.c.clr f75=[r109],117 ;;            // ldf8_c_clr_i (M8)
	ldfs.c.clr.nt1 f122=[r91],125 ;;        // ldfs_c_clr_i (M8)
	ldfd.c.clr.nt1 f112=[r113],-116 ;;      // ldfd_c_clr_i (M8)
	ldfe.c.nc.nta f15=[r63],-92 ;;          // ldfe_c_nc_i (M8)
	ldf8.c.nc f51=[r107],-172 ;;            // ldf8_c_nc_i (M8)
	ldfs.c.nc.nta f59=[r18],-178 ;;         // ldfs_c_nc_i (M8)
	ldfd.c.nc f80=[r20],31 ;;               // ldfd_c_nc_i (M8)
	ldf.fill.nt1 f89=[r103],135 ;;          // ldf_fill_i (M8)
	stfe [r83]=f69,239 ;;                   // stfe_i (M10)
	stf8.nta [r27]=f16,249 ;;               // stf8_i (M10)
	stfs.nta [r126]=f43,215 ;;              // stfs_i (M10)
	stfd [r31]=f62,31 ;;                    // stfd_i (M10)
	stf.spill.nta [r97]=f27,56 ;;           // stf_spill_i (M10)
	lfetch.d4 [r22],-179 ;;                 // lfetch_i (M15)
	lfetch.excl.d4 [r31],-172 ;;            // lfetch_excl_i (M15)
	lfetch.fault.d6 [r79],210 ;;            // lfetch_fault_i (M15)
	lfetch.fault.excl.nta [r66],-226 ;;     // lfetch_fault_excl_i (M15)
	break.f 0x155acd ;;                     // break_f (F15)
	nop.f 0x9ce28 ;;                        // nop_f (F16)
	hint.f 0x1b5148 ;;                      // hint_f (F16)
	fsetc.s1 0xa,0x3d ;;                    // fsetc (F12)
	fclrf.s2 ;;                             // fclrf (F13)
	fchkf.s1 L ;;                           // fchkf (F14)
	fmerge.s f2=f96,f87 ;;                  // fmerge_s (F9)
	fmerge.ns f7=f32,f50 ;;                 // fmerge_ns (F9)
	fmerge.se f84=f107,f99 ;;               // fmerge_se (F9)
	fmin.s2 f31=f48,f55 ;;                  // fmin (F8)
	fmax.s1 f2=f1,f3 ;;                     // fmax (F8)
	famin.s3 f19=f2,f108 ;;                 // famin (F8)
	famax.s3 f93=f7,f85 ;;                  // famax (F8)
	fcvt.fx.s0 f94=f82 ;;                   // fcvt_fx (F10)
	fcvt.fxu.s1 f123=f85 ;;                 // fcvt_fxu (F10)
	fcvt.fx.trunc.s3 f102=f6 ;;             // fcvt_fx_trunc (F10)
	fcvt.fxu.trunc.s3 f53=f84 ;;            // fcvt_fxu_trunc (F10)
	fcvt.xf f17=f44 ;;                      // fcvt_xf (F11)
	fpack f15=f50,f10 ;;                    // fpack (F9)
	fand f121=f106,f87 ;;                   // fand (F9)
	fandcm f71=f54,f35 ;;                   // fandcm (F9)
	for f65=f123,f124 ;;                    // for (F9)
	fxor f125=f74,f93 ;;                    // fxor (F9)
	fswap f114=f26,f18 ;;                   // fswap (F9)
	fswap.nl f81=f91,f46 ;;                 // fswap_nl (F9)
	fswap.nr f34=f20,f8 ;;                  // fswap_nr (F9)
	fmix.lr f35=f5,f126 ;;                  // fmix_lr (F9)
	fmix.r f71=f10,f9 ;;                    // fmix_r (F9)
	fmix.l f85=f89,f23 ;;                   // fmix_l (F9)
	fsxt.r f15=f45,f88 ;;                   // fsxt_r (F9)
	fsxt.l f47=f10,f102 ;;                  // fsxt_l (F9)
	frcpa.s3 f14,p9=f55,f119 ;;             // frcpa (F6)
	frsqrta.s3 f98,p1=f105 ;;               // frsqrta (F7)
	fpmerge.s f18=f37,f58 ;;                // fpmerge_s (F9)
	fpmerge.ns f6=f36,f47 ;;                // fpmerge_ns (F9)
	fpmerge.se f73=f121,f28 ;;              // fpmerge_se (F9)
	fpmin.s2 f53=f61,f94 ;;                 // fpmin (F8)
	fpmax.s1 f56=f65,f85 ;;                 // fpmax (F8)
	fpamin.s1 f98=f0,f117 ;;                // fpamin (F8)
	fpamax.s1 f79=f124,f36 ;;               // fpamax (F8)
	fpcvt.fx.s2 f83=f118 ;;                 // fpcvt_fx (F10)
	fpcvt.fxu.s3 f101=f120 ;;               // fpcvt_fxu (F10)
	fpcvt.fx.trunc.s1 f38=f92 ;;            // fpcvt_fx_trunc (F10)
	fpcvt.fxu.trunc.s2 f126=f80 ;;          // fpcvt_fxu_trunc (F10)
	fpcmp.eq.s2 f7=f97,f118 ;;              // fpcmp_eq (F8)
	fpcmp.lt.s3 f73=f111,f7 ;;              // fpcmp_lt (F8)
	fpcmp.le.s2 f93=f28,f10 ;;              // fpcmp_le (F8)
	fpcmp.unord.s1 f90=f93,f6 ;;            // fpcmp_unord (F8)
	fpcmp.neq.s2 f106=f121,f105 ;;          // fpcmp_neq (F8)
	fpcmp.nlt.s0 f26=f86,f32 ;;             // fpcmp_nlt (F8)
	fpcmp.nle.s2 f101=f124,f13 ;;           // fpcmp_nle (F8)
	fpcmp.ord.s1 f19=f82,f90 ;;             // fpcmp_ord (F8)
	fprcpa.s1 f111,p23=f52,f20 ;;           // fprcpa (F6)
	fprsqrta.s1 f76,p29=f0 ;;               // fprsqrta (F7)
	fcmp.eq.s2 p27,p42=f57,f85 ;;           // fcmp_eq (F4)
	fcmp.eq.unc.s1 p25,p36=f37,f67 ;;       // fcmp_eq_unc (F4)
	fcmp.le.s3 p21,p62=f87,f123 ;;          // fcmp_le (F4)
	fcmp.le.unc.s0 p47,p12=f58,f69 ;;       // fcmp_le_unc (F4)
	fcmp.lt.s2 p38,p62=f7,f2 ;;             // fcmp_lt (F4)
	fcmp.lt.unc.s2 p56,p44=f112,f6 ;;       // fcmp_lt_unc (F4)
	fcmp.unord.s0 p3,p58=f103,f2 ;;         // fcmp_unord (F4)
	fcmp.unord.unc.s1 p30,p26=f53,f67 ;;    // fcmp_unord_unc (F4)
	fclass.m p8,p53=f58,0x1dd ;;            // fclass_m (F5)
	fclass.m.unc p7,p52=f15,0x15b ;;        // fclass_m_unc (F5)
	fma.s2 f16=f74,f43,f6 ;;                // fma (F1)
	fma.s.s1 f87=f98,f69,f45 ;;             // fma_s (F1)
	fma.d.s2 f12=f41,f30,f83 ;;             // fma_d (F1)
	fpma.s3 f102=f31,f103,f117 ;;           // fpma (F1)
	fms.s1 f93=f60,f98,f8 ;;                // fms (F1)
	fms.s.s0 f113=f30,f99,f34 ;;            // fms_s (F1)
	fms.d.s2 f38=f92,f90,f83 ;;             // fms_d (F1)
	fpms.s0 f71=f26,f65,f78 ;;              // fpms (F1)
	fnma.s3 f112=f66,f24,f101 ;;            // fnma (F1)
	fnma.s.s3 f90=f7,f76,f5 ;;              // fnma_s (F1)
	fnma.d.s0 f30=f77,f90,f24 ;;            // fnma_d (F1)
	fpnma.s3 f116=f113,f89,f107 ;;          // fpnma (F1)
	fselect f117=f0,f78,f90 ;;              // fselect (F3)
	xma.l f123=f82,f21,f48 ;;               // xma_l (F2)
	xma.hu f6=f27,f14,f56 ;;                // xma_hu (F2)
	xmpy.h f91=f122,f55 ;;                  // xma_h (F2)
	break.b 0x12d3d1 ;;                     // break_b (B9)
	cover ;;                                // cover (B8)
	clrrrb ;;                               // clrrrb (B8)
	clrrrb.pr ;;                            // clrrrb_pr (B8)
	rfi ;;                                  // rfi (B8)
	bsw.0 ;;                                // bsw_0 (B8)
	bsw.1 ;;                                // bsw_1 (B8)
	epc ;;                                  // epc (B8)
	vmsw.0 ;;                               // vmsw_0 (B8)
	vmsw.1 ;;                               // vmsw_1 (B8)
	br.cond.dptk.many.clr b2 ;;             // br_cond_ind (B4)
	br.ia.dpnt.few.clr b0 ;;                // br_ia (B4)
	br.ret.spnt.many b4 ;;                  // br_ret (B4)
	br.call.dpnt.few b7=b1 ;;               // br_call_ind (B5)
	nop.b 0xff8ce ;;                        // nop_b (B9)
	1: brp.sptk.imp b3,1b ;;                // brp_ind (B7)
	1: brp.ret.sptk.imp b1,1b ;;            // brp_ret_ind (B7)
	br.cond.dptk.many L ;;                  // br_cond (B1)
	br.wexit.spnt.few L ;;                  // br_wexit (B1)
	br.wtop.spnt.many L ;;                  // br_wtop (B1)
	br.cloop.spnt.many.clr L ;;             // br_cloop (B2)
	br.cexit.spnt.many L ;;                 // br_cexit (B2)
	br.ctop.sptk.few L ;;                   // br_ctop (B2)
	br.call.dptk.few b3=L ;;                // br_call (B3)
	1: brp.sptk.imp L,1b ;;                 // brp (B6)
	break.x 0xdc830876061208f ;;            // break_x (X1)
	nop.x 0x3c318fcde8470091 ;;             // nop_x (X5)
	hint.x 0x1b10e3811098b03c ;;            // hint_x (X5)
	movl r119=0x1e5270419a71d1b5 ;;         // movl (X2)
	brl.cond.dpnt.many.clr L ;;             // brl_cond (X3)
	brl.call.dpnt.few b7=L ;;               // brl_call (X4)
