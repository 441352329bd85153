; Behoeftewijzer's installer: for the user alone, no admin rights. Installs under
; %LOCALAPPDATA%\Programs\Behoeftewijzer, adds a Start-menu shortcut, an uninstaller in
; Apps & features (HKCU), and "Openen met Behoeftewijzer" for .ron files without taking over
; their default program. Texts in Dutch and English.
; Built by packaging/build.sh: makensis -DVERSION=x.y.z -DEXE=path -DOUTFILE=path installer.nsi

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "VERSION is required"
!endif
!ifndef EXE
  !error "EXE is required"
!endif
!ifndef OUTFILE
  !error "OUTFILE is required"
!endif
!ifndef ROOT
  !define ROOT "..\.."
!endif

Name "Behoeftewijzer"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Behoeftewijzer"
InstallDirRegKey HKCU "Software\Behoeftewijzer" "InstallDir"
SetCompressor /SOLID lzma
BrandingText "Behoeftewijzer ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Behoeftewijzer"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Behoeftewijzer installeren"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!define MUI_ICON "${ROOT}\assets\icon\behoeftewijzer.ico"
!define MUI_UNICON "${ROOT}\assets\icon\behoeftewijzer.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\behoeftewijzer.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${ROOT}\LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

LangString OpenWith ${LANG_DUTCH} "Openen met Behoeftewijzer"
LangString OpenWith ${LANG_ENGLISH} "Open with Behoeftewijzer"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Behoeftewijzer"
!define APP_KEY "Software\Classes\Applications\behoeftewijzer.exe"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Behoeftewijzer"
  SetOutPath "$INSTDIR"
  File "/oname=behoeftewijzer.exe" "${EXE}"
  File "/oname=LICENSE.txt" "${ROOT}\LICENSE"
  File "/oname=OFL.txt" "${ROOT}\assets\fonts\OFL.txt"
  File "/oname=LEESMIJ.txt" "${ROOT}\packaging\windows\LEESMIJ.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\Behoeftewijzer.lnk" "$INSTDIR\behoeftewijzer.exe"

  WriteRegStr HKCU "Software\Behoeftewijzer" "InstallDir" "$INSTDIR"
  ; Apps & features, for this user.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Behoeftewijzer"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\behoeftewijzer.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Behoeftewijzer"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; "Openen met": the app is offered for .ron files; the default program stays as it was.
  WriteRegStr HKCU "${APP_KEY}" "FriendlyAppName" "Behoeftewijzer"
  WriteRegStr HKCU "${APP_KEY}\shell\open" "" "$(OpenWith)"
  WriteRegStr HKCU "${APP_KEY}\shell\open\command" "" '"$INSTDIR\behoeftewijzer.exe" "%1"'
  WriteRegStr HKCU "${APP_KEY}\SupportedTypes" ".ron" ""
  WriteRegStr HKCU "Software\Classes\.ron\OpenWithList\behoeftewijzer.exe" "" ""
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\behoeftewijzer.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\OFL.txt"
  Delete "$INSTDIR\LEESMIJ.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Behoeftewijzer.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
  DeleteRegKey HKCU "Software\Classes\.ron\OpenWithList\behoeftewijzer.exe"
  DeleteRegKey HKCU "Software\Behoeftewijzer"
SectionEnd
